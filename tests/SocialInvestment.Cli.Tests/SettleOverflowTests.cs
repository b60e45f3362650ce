namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Amounts too large for the settlement's exact arithmetic (øre in 64 bits, decimals of 28 digits) end in exit code 2
/// and a message, not an exception. Found by the command-line fuzz tests (Fuzz/CliFuzzTests.cs).
/// </summary>
public sealed class SettleOverflowTests
{
    [Theory]
    [InlineData("\"amount\": 15000,\n    \"base_year\": 2025,", "\"amount\": 15000,\n    \"base_year\": 1,")]
    [InlineData("\"amount\": 15000,", "\"amount\": 79228162514264337593543950335,")]
    public void Contract_amounts_too_large_to_settle_exit_2_with_a_message(string from, string to)
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string contract = Path.Combine(input.Path, "contract.json");
        string original = File.ReadAllText(CliRun.Case("public-1", "contract.json"));
        Assert.Contains(from, original, StringComparison.Ordinal);
        File.WriteAllText(contract, original.Replace(from, to, StringComparison.Ordinal));
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: the amounts are too large to compute exactly", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }
}
