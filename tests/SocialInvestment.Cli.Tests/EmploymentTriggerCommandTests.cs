using NodaTime;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The <c>employment</c> trigger (SPEC-DK DK3) on the command line: its plain words in the report and in <c>sib validate</c>,
/// refused by <c>sib simulate</c> (a projection draws no employment rates) and, without the monthly rates of a weeks
/// file, by the commands that measure it; exit code 2 with the trigger named, nothing written.
/// </summary>
public sealed class EmploymentTriggerCommandTests
{
    private const string ContractJson = """
        { "name": "job25", "window": { "weeks": 104 },
          "triggers": [ { "id": "enrolled", "kind": "enrolment" },
                        { "id": "job25", "kind": "employment", "months": 6, "min_rate": 0.25 } ],
          "payments": [ { "id": "bonus", "kind": "fixed", "trigger": "job25", "amount": 25000 } ] }
        """;

    private static string Write(TempFolder folder, string name, string text)
    {
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Simulate_refuses_a_contract_with_an_employment_trigger_naming_it_and_writes_nothing()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "simulate", "--contract", Write(input, "contract.json", ContractJson), "--intake", "2027-01:5", "--horizon", "2029-02-28",
            "--leave", "0.1", "--return", "0.1", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: contract.json: trigger 'job25' is an employment trigger, measured on monthly employment rates, which a projection cannot draw", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Simulate_refuses_it_before_reading_an_earlier_cohort_to_estimate_from()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string participants = Write(input, "participants.csv", "participant_id,start\nP1,2025-01-06\n");

        CliRun run = CliRun.Of(
            "simulate", "--contract", Write(input, "contract.json", ContractJson), "--intake", "2027-01:5", "--horizon", "2029-02-28",
            "--estimate-participants", participants, "--estimate-spells", Write(input, "spells.csv", "participant_id,benefit,from,to\n"), "--estimate-as-of", "2025-12-31",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("trigger 'job25' is an employment trigger", run.Error);
        Assert.DoesNotContain("--weeks", run.Error);
    }

    [Fact]
    public void Settle_without_monthly_rates_is_an_error_that_names_the_trigger()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle", "--contract", Write(input, "contract.json", ContractJson), "--participants", Write(input, "participants.csv", "participant_id,start\nP1,2026-01-05\n"),
            "--as-of", "2026-12-31", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("trigger 'job25' is an employment trigger", run.Error);
        Assert.Contains("grad_YYYY_MM", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Theory]
    [InlineData(6, "0.25", "job25: an employment rate of at least 25 % on average over 6 consecutive calendar months within the window.")]
    [InlineData(1, "1", "job25: an employment rate of at least 100 % in a calendar month within the window.")]
    [InlineData(3, "0.125", "job25: an employment rate of at least 12.5 % on average over 3 consecutive calendar months within the window.")]
    public void The_report_says_an_employment_trigger_in_plain_words(int months, string minRate, string words)
    {
        var trigger = new EmploymentTrigger("job25", months, decimal.Parse(minRate, System.Globalization.CultureInfo.InvariantCulture));
        var contract = new Contract("x", new ObservationWindow(WindowAnchor.Start, 104), [trigger], []);

        Assert.Equal(words, ContractInWords.Trigger(contract, trigger));
    }

    [Fact]
    public void Validate_describes_an_employment_trigger_under_the_contract()
    {
        var contract = new Contract(
            "job25",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled"), new EmploymentTrigger("job25", 6, 0.25m) { After = "enrolled" }],
            []);
        var loaded = new LoadedInputs(contract, [new Participant(ParticipantId.From("P1"), new LocalDate(2026, 1, 5))], null, null, null, 0, []);
        using var output = new StringWriter();

        ValidateCommand.Describe(loaded, null, output);

        string[] lines = output.ToString().Split('\n');
        Assert.StartsWith("contract: job25 (DKK); 2 triggers, 0 payments", lines[0], StringComparison.Ordinal);
        Assert.Equal("  trigger job25 (employment): an employment rate of at least 25 % on average over 6 consecutive calendar months within the window, measured on the grad_YYYY_MM months of the weeks file", lines[1].TrimEnd('\r'));
    }
}
