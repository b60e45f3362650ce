using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SocialInvestment.Cli.Tests.Exports;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// SPEC §9 end to end, on samples/danish-export (CPR numbers, some with the hyphen and some without, and a pseudonym
/// key): every command, on the sample as it is and on copies broken in the ways real exports break — a CPR number in
/// the wrong column, malformed, repeated, without a key — writes no CPR number of its inputs, nor its first six digits
/// (the birth date), in any form, to any output file, standard output or standard error.
/// </summary>
public sealed partial class PrivacyTests : IDisposable
{
    private static readonly Encoding Windows1252 = Encoding.Latin1;
    private readonly TempFolder _work = new();
    private readonly string _sample;

    public PrivacyTests()
    {
        _sample = Path.Combine(_work.Path, "danish-export");
        CopyFolder(RepositoryFolder.PathOf("samples", "danish-export"), _sample);
    }

    /// <summary>Each way of breaking the sample: a file to change and how, and whether the inputs stay valid (exit 0) or not (exit 2).</summary>
    public static TheoryData<string, string, string, string, int> Breakages => new()
    {
        { "a malformed CPR number (no 32nd day)", "participants.csv", "150384-1002;", "320384-1002;", 2 },
        { "a CPR number given twice, once without the hyphen", "participants.csv", "020791-1014;Århus 2025-1;03-02-2025;30-03-2025;nej", "020791-1014;Århus 2025-1;03-02-2025;30-03-2025;nej\r\n0207911014;Århus 2025-1;03-02-2025;;ja", 2 },
        { "CPR numbers in the participant_id column", "participants.csv", "CPR nummer;", "deltager_id;", 2 },
        { "a CPR number as the cohort", "participants.csv", "150384-1002;Århus 2025-1;", "150384-1002;150384-1002;", 0 },
        { "a CPR number as a start date", "participants.csv", "281178-2026;Århus 2025-1;03-03-2025;", "281178-2026;Århus 2025-1;281178-2026;", 2 },
        { "a CPR number as an end date and as completed", "participants.csv", "070102-4052;Århus 2025-2;02-06-2025;;ja", "070102-4052;Århus 2025-2;02-06-2025;0701024052;070102-4052", 2 },
        { "a CPR number as the benefit code, not mapped", "spells.csv", "150384-1002;kontanthjaelp;", "150384-1002;150384-1002;", 2 },
        { "a CPR number as a spell's from date and degree", "spells.csv", "281178-2026;kontanthjaelp;30-06-2025;31-10-2025;0,5;", "281178-2026;kontanthjaelp;2811782026;31-10-2025;281178-2026;", 2 },
        { "a CPR number with a letter", "spells.csv", "0207911014;", "0207911014x;", 2 },
        { "a CPR number in an unclosed quote", "spells.csv", "300688-2040;sygedagpenge;", "\"300688-2040;sygedagpenge;", 2 },
        { "a row with a CPR number and too many fields", "spells.csv", "240887-2088;kontanthjaelp;01-11-2025;01-03-2026;;", "240887-2088;kontanthjaelp;01-11-2025;01-03-2026;;240887-2088;", 2 },
        { "a CPR number of someone outside the cohort, malformed", "spells.csv", "050580-1090;", "050580-10900;", 2 },
    };

    [Fact]
    public void Validate_outcomes_settle_evidence_report_and_audit_of_the_sample_write_no_CPR_number()
    {
        using var output = new TempFolder();
        var runs = new List<CliRun>
        {
            Sib("validate", "--as-of", "2026-06-30"),
            Sib("outcomes", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "outcomes")),
            Sib("settle", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "settle")),
            Sib("evidence", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "evidence")),
            Sib("report", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "report")),
            CliRun.Of("audit", _sample),
            Sib("validate", "--as-of", "2026-06-30", "--language", "da"),
            Sib("outcomes", "--as-of", "2026-06-30", "--xlsx", "--parquet", "--language", "da", "--out", Path.Combine(output.Path, "outcomes-da")),
            Sib("settle", "--as-of", "2026-06-30", "--xlsx", "--parquet", "--language", "da", "--out", Path.Combine(output.Path, "settle-da")),
            Sib("report", "--as-of", "2026-06-30", "--language", "da", "--out", Path.Combine(output.Path, "report-da")),
        };

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        AssertNoCpr(runs, output.Path);
        Assert.NotEmpty(Directory.GetFiles(output.Path, "*.csv", SearchOption.AllDirectories));
        Assert.Equal(2, Directory.GetFiles(output.Path, "*.xlsx", SearchOption.AllDirectories).Length);
        Assert.Equal(3, Directory.GetFiles(output.Path, "*.parquet", SearchOption.AllDirectories).Length);
        // The search reads what the workbook and the Parquet file hold, not their compressed bytes: a pseudonym of lines.csv is found in both.
        string pseudonym = File.ReadAllLines(Path.Combine(output.Path, "settle-da", "lines.csv"))[1].Split(',')[0];
        Assert.Contains(pseudonym, TextOf(Path.Combine(output.Path, "settle-da", "lines.parquet")), StringComparison.Ordinal);
        Assert.Contains(pseudonym, TextOf(Path.Combine(output.Path, "settle-da", "settlement.xlsx")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Every_command_on_broken_inputs_writes_no_CPR_number(string breakage, string file, string find, string replace, int exitCode)
    {
        Change(file, find, replace);
        using var output = new TempFolder();
        var runs = new List<CliRun>
        {
            Sib("validate", "--as-of", "2026-06-30"),
            Sib("outcomes", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "outcomes")),
            Sib("settle", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "settle")),
            Sib("evidence", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "evidence")),
            Sib("report", "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "report")),
            CliRun.Of("audit", _sample),
        };

        Assert.All(runs.Take(5), run => Assert.True(run.ExitCode == exitCode, $"{breakage}: {run.Error}"));
        Assert.True(exitCode == 0 || runs.All(run => run.Error.Contains("error:", StringComparison.Ordinal)), breakage);
        AssertNoCpr(runs, output.Path);
    }

    [Fact]
    public void A_CPR_number_as_an_unmapped_benefit_code_that_counts_as_support_is_not_shown_by_validate()
    {
        Change("contract.json", "\"benefits\": {", "\"unknown_benefits\": \"support\",\n  \"benefits\": {");
        Change("spells.csv", "150384-1002;kontanthjaelp;", "150384-1002;150384-1002;");

        CliRun run = Sib("validate", "--as-of", "2026-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("benefit <digits hidden>: 1 rows, not mapped: counts as support", run.Output);
        AssertNoCpr([run], outputFolder: null);
    }

    [Fact]
    public void Events_and_a_ledger_with_CPR_numbers_in_their_columns_are_errors_or_hidden_and_show_none()
    {
        string events = Path.Combine(_sample, "events.csv");
        File.WriteAllText(events, "CPR nummer;resultat;dato;dokumentation\n150384-1002;150384-1002;2025-05-01;sag 150384-1002\n0207911014;job;0207911014;\n050580-1090;050580-1090;2025-05-01;\n", Windows1252);
        string ledger = Path.Combine(_sample, "ledger.csv");
        File.WriteAllText(ledger, "participant_id;payment;period;amount\n150384-1002;1503841002;150384-1002;150384-1002\n", Windows1252);
        using var output = new TempFolder();

        var runs = new List<CliRun>
        {
            Sib("validate", "--events", events),
            Sib("settle", "--events", events, "--paid", ledger, "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "settle")),
        };
        File.WriteAllText(events, "CPR nummer;resultat;dato\n150384-1002;150384-1002;2025-05-01\n", Windows1252);
        runs.Add(Sib("validate", "--events", events));
        File.WriteAllText(ledger, "participant_id;payment;period;amount\n2ebba881ffc2212f;1503841002;-;100\n", Windows1252);
        runs.Add(Sib("settle", "--paid", ledger, "--as-of", "2026-06-30", "--out", Path.Combine(output.Path, "settle")));

        Assert.Equal(2, runs[0].ExitCode);
        Assert.Equal(2, runs[1].ExitCode);
        Assert.Equal(0, runs[2].ExitCode);
        Assert.Contains("outcome <digits hidden>: 1 rows, used by no trigger", runs[2].Output);
        Assert.Equal(2, runs[3].ExitCode);
        Assert.Contains("ledger.csv:2:2: payment: this looks like a CPR number", runs[3].Error);
        AssertNoCpr(runs, output.Path);
    }

    [Fact]
    public void Without_the_key_or_with_an_empty_or_short_one_the_error_shows_no_CPR_number()
    {
        string empty = Path.Combine(_work.Path, "empty.bin");
        File.WriteAllBytes(empty, []);
        string fifteen = Path.Combine(_work.Path, "fifteen.bin");
        File.WriteAllBytes(fifteen, new byte[15]);
        string[] inputs = Inputs().Where(a => !a.EndsWith("key.bin", StringComparison.Ordinal) && a != "--pseudonym-key").ToArray();

        var runs = new List<CliRun>
        {
            CliRun.Of(["validate", .. inputs]),
            CliRun.Of(["settle", .. inputs, "--as-of", "2026-06-30", "--out", Path.Combine(_work.Path, "out")]),
            CliRun.Of(["settle", .. inputs, "--pseudonym-key", empty, "--as-of", "2026-06-30", "--out", Path.Combine(_work.Path, "out")]),
            CliRun.Of(["settle", .. inputs, "--pseudonym-key", fifteen, "--as-of", "2026-06-30", "--out", Path.Combine(_work.Path, "out")]),
        };

        Assert.All(runs, run => Assert.Equal(2, run.ExitCode));
        AssertNoCpr(runs, outputFolder: null);
    }

    [Fact]
    public void An_audit_mismatch_shows_lines_with_pseudonyms_only()
    {
        string expected = Path.Combine(_sample, "expected", "lines.csv");
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("241.94", "241.95", StringComparison.Ordinal));

        CliRun run = CliRun.Of("audit", _sample);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISMATCH", run.Output);
        AssertNoCpr([run], outputFolder: null);
    }

    public void Dispose() => _work.Dispose();

    /// <summary>
    /// What a file says: a workbook's every part unzipped, a Parquet file's every value as DuckDB reads it (its pages are
    /// compressed, so its bytes would hide a CPR number from the search), any other file as text.
    /// </summary>
    private static string TextOf(string file)
    {
        switch (Path.GetExtension(file))
        {
            case ".xlsx":
                using (ZipArchive zip = ZipFile.OpenRead(file))
                {
                    return string.Concat(zip.Entries.Select(entry =>
                    {
                        using var reader = new StreamReader(entry.Open());
                        return reader.ReadToEnd();
                    }));
                }

            case ".parquet":
                return string.Join('\n', DuckDb.Rows($"SELECT * FROM {DuckDb.Parquet(file)}").Select(row => string.Join(';', row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
            default:
                return File.ReadAllText(file);
        }
    }

    /// <summary>Every CPR number in the sample's inputs (and in the broken copies), in each form it may take, and its first six digits in the forms of a date.</summary>
    private static IEnumerable<string> ForbiddenTexts(IEnumerable<string> inputs)
    {
        foreach (string cpr in inputs.SelectMany(text => CprShape().Matches(text)).Select(m => m.Value.Replace("-", string.Empty, StringComparison.Ordinal)).Distinct())
        {
            string birth = cpr[..6];
            yield return birth;
            yield return $"{cpr[..6]}-{cpr[6..]}";
            yield return $"{cpr[..6]} {cpr[6..]}";
            yield return $"{birth[..2]}-{birth[2..4]}-{birth[4..]}";
            yield return $"{birth[..2]}.{birth[2..4]}.{birth[4..]}";
            yield return $"{birth[..2]}/{birth[2..4]}/{birth[4..]}";
        }
    }

    private void AssertNoCpr(IEnumerable<CliRun> runs, string? outputFolder)
    {
        string[] inputs = Directory.GetFiles(_sample, "*.csv").Select(f => File.ReadAllText(f, Windows1252)).ToArray();
        List<string> forbidden = ForbiddenTexts(inputs).ToList();
        Assert.Contains("150384", forbidden);

        var written = new List<(string Where, string Text)>();
        foreach (CliRun run in runs)
        {
            written.Add(("standard output", run.Output));
            written.Add(("standard error", run.Error));
        }

        if (outputFolder is not null && Directory.Exists(outputFolder))
        {
            written.AddRange(Directory.GetFiles(outputFolder, "*", SearchOption.AllDirectories).Select(f => (f, TextOf(f))));
        }

        foreach (var (where, text) in written)
        {
            foreach (string cpr in forbidden)
            {
                Assert.False(text.Contains(cpr, StringComparison.Ordinal), $"{where} holds {cpr}:\n{text}");
            }
        }
    }

    private CliRun Sib(string command, params string[] extra) => CliRun.Of([command, .. Inputs(), .. extra]);

    private string[] Inputs() =>
    [
        "--contract", Path.Combine(_sample, "contract.json"),
        "--participants", Path.Combine(_sample, "participants.csv"),
        "--spells", Path.Combine(_sample, "spells.csv"),
        "--pseudonym-key", Path.Combine(_sample, "key.bin"),
    ];

    private void Change(string file, string find, string replace)
    {
        string path = Path.Combine(_sample, file);
        Encoding encoding = file.EndsWith(".json", StringComparison.Ordinal) ? new UTF8Encoding(false) : Windows1252;
        string text = File.ReadAllText(path, encoding);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal), encoding);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex("[0-9]{6}-?[0-9]{4}")]
    private static partial Regex CprShape();
}
