using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary><c>sib economics</c>: settles, then writes economics.json and cashflows.csv, or nothing and exit code 2.</summary>
public sealed class EconomicsCommandTests : IDisposable
{
    private readonly TempFolder _inputs = new();

    public EconomicsCommandTests() => Directory.CreateDirectory(_inputs.Path);

    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "economics", file);

    private static CliRun Economics(string output, string investments, params string[] more) => CliRun.Of(
        [
            "economics",
            "--contract", Sample("contract.json"),
            "--participants", Sample("participants.csv"),
            "--spells", Sample("spells.csv"),
            "--as-of", "2025-12-31",
            "--investments", investments,
            "--out", output,
            .. more,
        ]);

    [Fact]
    public void Economics_writes_the_samples_expected_files_and_prints_a_summary()
    {
        using var output = new TempFolder();

        CliRun run = Economics(output.Path, Sample("investments.csv"), "--rate", "0.035");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(new[] { "cashflows.csv", "economics.json" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in new[] { "economics.json", "cashflows.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Sample(Path.Combine("expected", file))), File.ReadAllBytes(Path.Combine(output.Path, file)));
        }

        Assert.Equal(
            """
            Investor: 200000.00 DKK in, 216250.00 DKK back (206250.00 in outcome payments, 15000.00 of them paid after as_of); money multiple 1.08125.
            IRR 17.9347 % a year: the only rate that makes the net present value 0. NPV at 3.5 % a year: 12679.11 DKK.
            Payer: gross saving 262500.00 DKK, payments 206250.00 DKK, net saving 56250.00 DKK (payments 78.5714 % of the saving); cumulative saving first exceeds cumulative payments in 2025-06.

            """,
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Without_a_rate_there_is_no_NPV()
    {
        using var output = new TempFolder();

        CliRun run = Economics(output.Path, Sample("investments.csv"));

        Assert.Equal(0, run.ExitCode);
        string json = File.ReadAllText(Path.Combine(output.Path, "economics.json"));
        Assert.Contains("\"discount_rate\": null,\n    \"npv\": null,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NPV", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_of_investments_are_errors_with_line_and_column_and_nothing_is_written()
    {
        string investments = Path.Combine(_inputs.Path, "investments.csv");
        File.WriteAllText(investments, "date;amount\n2025-01-02;150000\n2025-06-01;0\n2025-13-01;5\n");
        using var output = new TempFolder();

        CliRun run = Economics(output.Path, investments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: investments.csv:3:2: amount: expected an amount above 0 (paid in by the investor) or below 0 (returned to the investor), found '0'\n"
            + "error: investments.csv:4:1: date: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2025-13-01'\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Errors_in_the_settlements_inputs_and_in_the_investments_are_reported_in_one_round()
    {
        string spells = Path.Combine(_inputs.Path, "spells.csv");
        File.WriteAllText(spells, "participant_id,benefit,from\nECO-A,kontanthjaelp,2025-02-30\n");
        string investments = Path.Combine(_inputs.Path, "investments.csv");
        File.WriteAllText(investments, "date,amount\n2025-01-02,1.005\n");
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "economics", "--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", spells,
            "--as-of", "2025-12-31", "--investments", investments, "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: spells.csv:2:3: from:", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: investments.csv:2:2: amount:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    [Theory]
    [InlineData("0,035")]
    [InlineData("-1")]
    [InlineData("101")]
    [InlineData("3.5%")]
    public void A_rate_that_is_not_a_fraction_above_minus_1_and_at_most_100_is_an_error(string rate)
    {
        using var output = new TempFolder();

        CliRun run = Economics(output.Path, Sample("investments.csv"), "--rate", rate);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --rate: expected an annual rate as a fraction above -1 and at most 100, such as 0.035 for 3.5 %, found '{rate}'.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Investments_are_required()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "economics", "--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", Sample("spells.csv"),
            "--as-of", "2025-12-31", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--investments", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_on_the_same_inputs_is_unchanged_by_the_economics_sample()
    {
        // The sample's payment_days changes no line: sib settle gives its expected lines.csv and summary.json.
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle", "--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", Sample("spells.csv"),
            "--as-of", "2025-12-31", "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(Sample(Path.Combine("expected", "summary.json"))), File.ReadAllBytes(Path.Combine(output.Path, "summary.json")));
        Assert.DoesNotContain("investments", File.ReadAllText(Path.Combine(output.Path, "summary.json")), StringComparison.Ordinal);
    }

    public void Dispose() => _inputs.Dispose();
}
