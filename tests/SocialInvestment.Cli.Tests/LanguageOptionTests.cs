using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInvestment.Cli.Tests.Report;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// <c>--language da|en</c> on <c>settle</c>, <c>economics</c>, <c>outcomes</c>, <c>validate</c> and <c>report</c>: what they print is in
/// Danish words and number formats; the files they write (lines.csv, summary.json, economics.json, cashflows.csv) are the
/// same bytes in either language; a language other than en or da is an error with exit code 2 and nothing written.
/// </summary>
public sealed partial class LanguageOptionTests
{
    private const string SampleName = "kvinder-i-job-municipal-saving";

    private static string Sample(string file) => RepositoryFolder.PathOf("samples", SampleName, file);

    private static string[] Inputs =>
    [
        "--contract", Sample("contract.json"),
        "--participants", Sample("participants.csv"),
        "--spells", Sample("spells.csv"),
        "--as-of", File.ReadAllText(Sample("as_of.txt")).Trim(),
    ];

    private static string[] Economics => ["--investments", Sample("investments.csv"), "--rate", File.ReadAllText(Sample("rate.txt")).Trim()];

    [Theory]
    [InlineData("settle")]
    [InlineData("economics")]
    [InlineData("outcomes")]
    public void The_files_written_are_the_same_bytes_in_danish_and_english(string command)
    {
        using var english = new TempFolder();
        using var danish = new TempFolder();
        string[] more = command == "economics" ? Economics : [];

        CliRun en = CliRun.Of([command, .. Inputs, .. more, "--out", english.Path, "--language", "en"]);
        CliRun da = CliRun.Of([command, .. Inputs, .. more, "--out", danish.Path, "--language", "da"]);

        Assert.True(en.ExitCode == 0, en.Error);
        Assert.True(da.ExitCode == 0, da.Error);
        Assert.NotEqual(en.Output, da.Output);
        string[] files = [.. Directory.GetFiles(english.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        Assert.NotEmpty(files);
        Assert.Equal(files, Directory.GetFiles(danish.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(english.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(danish.Path, f))),
            $"{f} differs between the languages"));
        // Without --language, English: the same line as --language en.
        using var plain = new TempFolder();
        Assert.Equal(en.Output, CliRun.Of([command, .. Inputs, .. more, "--out", plain.Path]).Output);
    }

    [Fact]
    public void Settle_prints_its_line_in_danish_with_the_totals_of_summary_json()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["settle", .. Inputs, "--out", output.Path, "--language", "da"]);

        Assert.True(run.ExitCode == 0, run.Error);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        JsonElement total = summary.RootElement.GetProperty("total");
        Match line = SettleLine().Match(run.Output.TrimEnd());
        Assert.True(line.Success, run.Output);
        Assert.Equal(File.ReadAllLines(Path.Combine(output.Path, "lines.csv")).Length - 1, (int)DanishNumbers.Number(line.Groups["lines"].Value));
        Assert.Equal(summary.RootElement.GetProperty("participants").GetInt32(), (int)DanishNumbers.Number(line.Groups["participants"].Value));
        Assert.Equal(total.GetProperty("payable").GetDecimal(), DanishNumbers.Number(line.Groups["payable"].Value));
        Assert.Equal(total.GetProperty("due").GetDecimal(), DanishNumbers.Number(line.Groups["due"].Value));
    }

    [Fact]
    public void Economics_prints_its_lines_in_danish_with_the_numbers_of_economics_json()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["economics", .. Inputs, .. Economics, "--out", output.Path, "--language", "da"]);

        Assert.True(run.ExitCode == 0, run.Error);
        using JsonDocument economics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "economics.json")));
        JsonElement investor = economics.RootElement.GetProperty("investor");
        JsonElement payer = economics.RootElement.GetProperty("payer");
        string[] lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(investor.GetProperty("invested").GetDecimal(), Amount(lines[0], "Investor: "));
        Assert.StartsWith("Intern rente ", lines[1], StringComparison.Ordinal);
        Assert.Equal(investor.GetProperty("npv").GetDecimal(), Amount(lines[1], "om året: "));
        Assert.Equal(payer.GetProperty("gross_saving").GetDecimal(), Amount(lines[2], "Betaler: bruttobesparelse "));
        Assert.Equal(payer.GetProperty("net_saving").GetDecimal(), Amount(lines[2], "nettobesparelse "));
        Assert.Equal(
            NodaTime.Text.YearMonthPattern.Iso.Parse(payer.GetProperty("first_month_saving_exceeds_payments").GetString()!).Value,
            DanishNumbers.Month(lines[2][(lines[2].LastIndexOf(" i ", StringComparison.Ordinal) + 3)..^1]));
        Assert.Equal(payer.GetProperty("municipal_saving").GetDecimal(), Amount(lines[3], "Kommune: besparelse "));
        Assert.DoesNotContain("DKK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_describes_the_inputs_in_danish()
    {
        CliRun en = CliRun.Of(["validate", .. Inputs]);
        CliRun da = CliRun.Of(["validate", .. Inputs, "--language", "da"]);

        Assert.Equal(0, da.ExitCode);
        string[] english = en.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        string[] danish = da.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        // Line for line the same description; every line in other words.
        Assert.Equal(english.Length, danish.Length);
        Assert.All(english.Zip(danish), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.StartsWith("kontrakt: ", danish[0], StringComparison.Ordinal);
        Assert.Contains("pr. 30. juni 2026: 5 af 5 deltagere er begyndt", danish);
        Assert.Equal("OK: inddata er gyldige.", danish[^1]);
    }

    [Fact]
    public void Report_prints_its_line_in_danish()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["report", .. Inputs, "--out", output.Path, "--language", "da"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("Rapport med 4 diagrammer og afregningen af 5 deltagere skrevet: report.html, report.md.", run.Output.TrimEnd());
    }

    [Fact]
    public void Outcomes_prints_its_line_in_danish_with_the_count_of_outcomes_csv()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["outcomes", .. Inputs, "--out", output.Path, "--language", "da"]);

        Assert.True(run.ExitCode == 0, run.Error);
        int participants = File.ReadAllLines(Path.Combine(output.Path, "outcomes.csv")).Length - 1;
        Assert.Equal(FormattableString.Invariant($"Udfald for {participants} deltagere skrevet."), run.Output.TrimEnd());
    }

    [Theory]
    [InlineData("settle")]
    [InlineData("economics")]
    [InlineData("validate")]
    [InlineData("report")]
    [InlineData("outcomes")]
    public void Another_language_is_an_error_with_exit_code_2_and_nothing_written(string command)
    {
        using var output = new TempFolder();
        string[] more = command switch
        {
            "economics" => [.. Economics, "--out", output.Path],
            "validate" => [],
            _ => ["--out", output.Path],
        };

        CliRun run = CliRun.Of([command, .. Inputs, .. more, "--language", "xx"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language: expected en or da, found 'xx'.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(Directory.Exists(output.Path));
    }

    /// <summary>The Danish amount in kr. that follows the last <paramref name="after"/> in <paramref name="line"/>.</summary>
    private static decimal Amount(string line, string after)
    {
        int start = line.LastIndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' not in '{line}'");
        string rest = line[(start + after.Length)..];
        return DanishNumbers.Number(rest[..rest.IndexOf(" kr.", StringComparison.Ordinal)]);
    }

    [GeneratedRegex("^(?<lines>[\\d.]+) linjer for (?<participants>[\\d.]+) deltagere; til betaling (?<payable>-?[\\d.,]+) kr\\., forfaldent (?<due>-?[\\d.,]+) kr\\.$")]
    private static partial Regex SettleLine();
}
