using System.Text;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The public conformance cases of ../shared/conformance and the published case of ../shared/published, copied into
/// Cases/: <c>sib settle</c> must write their expected-lines.csv byte for byte — a SPEC-DK case (public-dk-*) from its
/// weeks.csv and, where it has one, from its spells.csv.
/// </summary>
public sealed class ConformanceTests
{
    /// <summary>Each case with each of its benefit histories: spells.csv, and for a SPEC-DK case also weeks.csv (both must give the expected lines).</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Cases")).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(dir);
            bool spells = File.Exists(Path.Combine(dir, "spells.csv"));
            bool weeks = File.Exists(Path.Combine(dir, "weeks.csv"));
            if (spells || !weeks)
            {
                data.Add(name, spells ? "spells.csv" : "-");
            }

            if (weeks)
            {
                data.Add(name, "weeks.csv");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Settle_writes_the_expected_lines_byte_for_byte(string name, string history)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Cases", name);
        using var output = new TempFolder();
        var args = new List<string>
        {
            "settle",
            "--contract", Path.Combine(dir, "contract.json"),
            "--participants", Path.Combine(dir, "participants.csv"),
            "--as-of", File.ReadAllText(Path.Combine(dir, "as_of.txt")).Trim(),
            "--out", output.Path,
        };
        if (history != "-")
        {
            args.AddRange([history == "weeks.csv" ? "--weeks" : "--spells", Path.Combine(dir, history)]);
        }

        AddIfPresent(args, "--events", dir, "events.csv");
        AddIfPresent(args, "--paid", dir, "ledger.csv");
        AddIfPresent(args, "--pseudonym-key", dir, "key.bin");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Sib.Run([.. args], stdout, stderr);

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        string expected = File.ReadAllText(Path.Combine(dir, "expected-lines.csv"), Encoding.UTF8);
        string actual = File.ReadAllText(Path.Combine(output.Path, "lines.csv"), Encoding.UTF8);
        Assert.Equal(expected, actual);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "expected-lines.csv")), File.ReadAllBytes(Path.Combine(output.Path, "lines.csv")));
    }

    [Fact]
    public void Published_reboot_west_case_pays_exactly_what_was_paid()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Cases", "care-leavers-reboot-west");
        using var output = new TempFolder();
        int exit = Sib.Run(
            [
                "settle",
                "--contract", Path.Combine(dir, "contract.json"),
                "--participants", Path.Combine(dir, "participants.csv"),
                "--events", Path.Combine(dir, "events.csv"),
                "--as-of", File.ReadAllText(Path.Combine(dir, "as_of.txt")).Trim(),
                "--out", output.Path,
            ],
            TextWriter.Null,
            TextWriter.Null);

        Assert.Equal(0, exit);
        decimal payable = File.ReadLines(Path.Combine(output.Path, "lines.csv")).Skip(1)
            .Sum(line => decimal.Parse(line.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1_871_540.00m, payable);
    }

    private static void AddIfPresent(List<string> args, string option, string dir, string file)
    {
        string path = Path.Combine(dir, file);
        if (File.Exists(path))
        {
            args.Add(option);
            args.Add(path);
        }
    }
}
