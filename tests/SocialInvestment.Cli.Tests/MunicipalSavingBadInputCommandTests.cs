using System.Text.Json.Nodes;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Issue 19's bad input through <c>sib settle</c> (SPEC-DK DK4–DK6): each is exit 2 with the file and the place (a
/// JSON path, or line and column) of the error, and nothing written. Made from public-dk-1 with one thing changed.
/// </summary>
public sealed class MunicipalSavingBadInputCommandTests
{
    public static TheoryData<string, string, string> Contracts() => new()
    {
        { "steps that do not start at 1", """{"steps":[{"from_week":2,"share":0.2}]}""", "municipal_share" },
        { "steps that do not increase", """{"steps":[{"from_week":1,"share":0.2},{"from_week":1,"share":0.6}]}""", "municipal_share.steps[1]" },
        { "a share above 1", """{"steps":[{"from_week":1,"share":1.2}]}""", "municipal_share.steps[0].share" },
        { "a constant share below 0", "-0.1", "municipal_share" },
        { "reset_within_weeks below reset_after_weeks", """{"steps":[{"from_week":1,"share":0.2}],"reset_after_weeks":52,"reset_within_weeks":51}""", "municipal_share" },
    };

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_bad_municipal_share_is_exit_2_at_its_path_and_nothing_written(string what, string share, string path)
    {
        JsonObject contract = Contract();
        contract["municipal_share"] = JsonNode.Parse(share);

        (CliRun run, bool written) = Settle(contract, Participants);

        Assert.True(run.ExitCode == 2, what);
        Assert.Contains(": " + path, run.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: contract.json:", run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    [Fact]
    public void A_share_of_the_municipalitys_saving_without_a_municipal_share_names_the_payment()
    {
        JsonObject contract = Contract();
        contract.Remove("municipal_share");

        (CliRun run, bool written) = Settle(contract, Participants);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("payments[0].of", run.Error, StringComparison.Ordinal);
        Assert.Contains("muni", run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    [Theory]
    [InlineData("both education rules", "or_education", "true", "exclude_education", "true", "exclude_education")]
    [InlineData("an unknown gate", "gate", "\"nobody\"", null, null, "gate")]
    [InlineData("max_weeks below 1", "max_weeks", "0", null, null, "max_weeks")]
    public void A_bad_per_week_payment_is_exit_2_at_its_path(string what, string field, string value, string? other, string? otherValue, string path)
    {
        JsonObject contract = Contract();
        JsonObject weekly = contract["payments"]!.AsArray().Single(p => (string?)p!["id"] == "weekly")!.AsObject();
        weekly[field] = JsonNode.Parse(value);
        if (other is not null)
        {
            weekly[other] = JsonNode.Parse(otherValue!);
        }

        (CliRun run, bool written) = Settle(contract, Participants);

        Assert.True(run.ExitCode == 2, what);
        Assert.Contains("payments[2]", run.Error, StringComparison.Ordinal);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    [Theory]
    [InlineData("-15500", "participants.csv:3:3")]
    [InlineData("femten", "participants.csv:3:3")]
    public void A_negative_or_unreadable_monthly_cost_is_exit_2_at_its_cell(string cost, string position)
    {
        (CliRun run, bool written) = Settle(Contract(), Participants.Replace("15500", cost, StringComparison.Ordinal));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + position, run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    [Fact]
    public void A_monthly_cost_column_without_the_contracts_monthly_cost_is_exit_2_naming_the_column()
    {
        JsonObject contract = Contract();
        contract.Remove("monthly_cost");
        contract.Remove("municipal_share");
        contract["payments"] = new JsonArray(JsonNode.Parse("""{ "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 1 }"""));

        (CliRun run, bool written) = Settle(contract, Participants, spells: false);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: participants.csv:3:3: monthly_cost", run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    private static string Participants => File.ReadAllText(CliRun.Case("public-dk-1", "participants.csv"));

    private static JsonObject Contract() => JsonNode.Parse(File.ReadAllText(CliRun.Case("public-dk-1", "contract.json")))!.AsObject();

    private static (CliRun Run, bool Written) Settle(JsonObject contract, string participants, bool spells = true)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string contractFile = Path.Combine(folder.Path, "contract.json");
        File.WriteAllText(contractFile, contract.ToJsonString());
        string participantsFile = Path.Combine(folder.Path, "participants.csv");
        File.WriteAllText(participantsFile, participants);
        string output = Path.Combine(folder.Path, "out");
        List<string> args = ["settle", "--contract", contractFile, "--participants", participantsFile, "--as-of", "2026-03-31", "--out", output];
        if (spells)
        {
            args.AddRange(["--spells", CliRun.Case("public-dk-1", "spells.csv")]);
        }

        CliRun run = CliRun.Of([.. args]);
        return (run, Directory.Exists(output));
    }
}
