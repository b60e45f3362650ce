using System.Diagnostics;
using System.Globalization;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// No setting of the machine changes what sib reads, writes or prints: every command, and every error, gives the same
/// bytes under da-DK (decimal comma, Danish collation) and ar-SA (Arabic separators, a letter mark before the minus sign)
/// as under the invariant culture. CI also runs the whole suite under both (SIB_TEST_CULTURE).
/// </summary>
public sealed class CultureIndependenceTests : IDisposable
{
    /// <summary>A settlement with a ledger and negative amounts (money credited back).</summary>
    private const string Restatement =
        "settle --contract {samples}/restatement/contract.json --participants {samples}/restatement/participants.csv --spells {samples}/restatement/spells.csv --paid {samples}/restatement/ledger.csv --as-of 2026-06-30 --threads 2 --out {out}";

    private readonly TempFolder _inputs = new();

    public CultureIndependenceTests()
    {
        Directory.CreateDirectory(_inputs.Path);
        File.WriteAllText(Input("contract-out-of-range.json"), """
            {
              "name": "out of range",
              "benefits": { "kontanthjaelp": "support" },
              "monthly_cost": { "amount": -15000.5, "base_year": 2026, "annual_indexation": -1.5 },
              "window": { "weeks": 104.5 },
              "partial_max_support": 1.25,
              "triggers": [ { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" } ],
              "payments": [ { "id": "shared", "kind": "share_of_savings", "gate": "job13", "share": 1.5, "deadweight": -0.1 } ],
              "caps": { "total": 100.005 }
            }
            """);
        File.WriteAllText(Input("spells-bad.csv"), "participant_id;benefit;from;to;degree\nP101-0000;kontanthjaelp;2025-01-01;;1,5\nP101-0000;kontanthjaelp;31-02-2025;;-0,5\n");
        File.WriteAllText(Input("design.json"), """
            {
              "vary": [ { "parameter": "payments.fee.amount", "values": [10000, 20000.5] }, { "parameter": "payments.shared.share", "values": [0.4, 0.5] } ],
              "conditions": [ { "measure": "investor_irr_p50", "at_least": -0.5 } ]
            }
            """);
        File.WriteAllText(Input("investments.csv"), "date,amount\n2026-12-01,250000.50\n");
        File.WriteAllText(Input("ledger-bad.csv"), "participant_id,payment,period,amount\nP101-0000,fee,-,-100.505\nP101-0000,fee,2025-13,1e3\n");
    }

    /// <summary>The command lines compared: every command, with results and with errors.</summary>
    public static TheoryData<string> Commands => new()
    {
        "validate --contract {public-2}/contract.json --participants {public-2}/participants.csv --spells {public-2}/spells.csv --pseudonym-key {public-2}/key.bin --as-of 2026-01-23",
        "outcomes --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {public-1}/spells.csv --as-of 2026-03-03 --out {out}",
        "evidence --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {public-1}/spells.csv --as-of 2026-03-03 --out {out}",
        "evidence --contract {samples}/evidence-job-entries/contract.json --participants {samples}/evidence-job-entries/participants.csv --events {samples}/evidence-job-entries/events.csv --as-of 2026-03-31 --out {out}",
        "settle --contract {public-2}/contract.json --participants {public-2}/participants.csv --spells {public-2}/spells.csv --paid {public-2}/ledger.csv --pseudonym-key {public-2}/key.bin --as-of 2026-01-23 --out {out}",
        Restatement,
        "settle --contract {care}/contract.json --participants {care}/participants.csv --events {care}/events.csv --as-of 2022-10-31 --out {out}",
        "simulate --contract {samples}/kvinder-i-job-budget/contract.json --estimate-participants {samples}/kvinder-i-job-budget/participants.csv --estimate-spells {samples}/kvinder-i-job-budget/spells.csv --estimate-as-of 2026-06-30 --intake 2027-01:3,2027-02:2 --horizon 2028-12-31 --runs 20 --seed -3 --out {out}",
        "simulate --contract {samples}/kvinder-i-job-budget/contract.json --leave 0,1 --return -0.1 --intake 2027-01:3 --horizon 2028-12-31 --out {out}",
        "design --contract {samples}/kvinder-i-job/contract.json --design {inputs}/design.json --investments {inputs}/investments.csv --intake 2027-01:3,2027-02:2 --horizon 2028-12-31 --leave 0.1 --return 0.04 --runs 10 --seed -3 --out {out}",
        "generate --participants 40 --seed -7 --danish --out {out}",
        "generate --participants -5 --out {out}",
        "generate --participants 30 --population 70 --seed -7 --weeks wide --week-columns 120 --danish --out {out}",
        "generate --participants 30 --population 70 --seed -7 --weeks long --out {out}",
        "generate --participants 30 --population 20 --weeks wide --out {out}",
        "schema",
        "keygen --out {public-2}/key.bin",
        "keygen --out {out}/pseudonym.key",
        "settle --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {public-1}/spells.csv --as-of 2026-03-03 --threads -2 --out {out}",
        "settle --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {public-1}/spells.csv --as-of 03-03-2026 --out {out}",
        "validate --contract {inputs}/contract-out-of-range.json --participants {public-1}/participants.csv --spells {public-1}/spells.csv",
        "settle --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {inputs}/spells-bad.csv --paid {inputs}/ledger-bad.csv --as-of 2026-03-03 --out {out}",
        "economics --contract {samples}/economics/contract.json --participants {samples}/economics/participants.csv --spells {samples}/economics/spells.csv --investments {samples}/economics/investments.csv --rate 0.035 --as-of 2025-12-31 --out {out}",
        "economics --contract {samples}/economics/contract.json --participants {samples}/economics/participants.csv --spells {samples}/economics/spells.csv --investments {samples}/economics/investments.csv --rate -0,5 --as-of 2025-12-31 --out {out}",
        "report --contract {samples}/economics/contract.json --participants {samples}/economics/participants.csv --spells {samples}/economics/spells.csv --investments {samples}/economics/investments.csv --rate 0.035 --as-of 2025-12-31 --out {out}",
        "report --contract {samples}/evidence-job-entries/contract.json --participants {samples}/evidence-job-entries/participants.csv --events {samples}/evidence-job-entries/events.csv --as-of 2026-03-31 --out {out}",
        "report --contract {public-1}/contract.json --participants {public-1}/participants.csv --spells {inputs}/spells-bad.csv --as-of 2026-03-03 --out {out}",
        "report --contract {samples}/kvinder-i-job-municipal-saving/contract.json --participants {samples}/kvinder-i-job-municipal-saving/participants.csv --spells {samples}/kvinder-i-job-municipal-saving/spells.csv --investments {samples}/kvinder-i-job-municipal-saving/investments.csv --rate 0.035 --as-of 2026-06-30 --language da --out {out}",
        "settle --contract {public-2}/contract.json --participants {public-2}/participants.csv --spells {public-2}/spells.csv --paid {public-2}/ledger.csv --pseudonym-key {public-2}/key.bin --as-of 2026-01-23 --language da --out {out}",
        "economics --contract {samples}/economics/contract.json --participants {samples}/economics/participants.csv --spells {samples}/economics/spells.csv --investments {samples}/economics/investments.csv --rate 0.035 --as-of 2025-12-31 --language da --out {out}",
        "validate --contract {public-2}/contract.json --participants {public-2}/participants.csv --spells {public-2}/spells.csv --pseudonym-key {public-2}/key.bin --as-of 2026-01-23 --language da",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_prints_and_writes_the_same_bytes_under_every_culture(string commandLine)
    {
        using var output = new TempFolder();
        string[] args = Arguments(commandLine, output.Path);
        Transcript invariant = Transcript.Of(args, output.Path, CultureInfo.InvariantCulture.Name);

        foreach (string culture in new[] { "da-DK", "ar-SA" })
        {
            Transcript other = Transcript.Of(args, output.Path, culture);
            Assert.Equal(invariant.ExitCode, other.ExitCode);
            Assert.Equal(invariant.Output, other.Output);
            Assert.Equal(invariant.Error, other.Error);
            Assert.Equal(invariant.Files.Keys, other.Files.Keys);
            foreach (var (name, bytes) in invariant.Files)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(other.Files[name]), $"{name} differs under {culture}");
            }
        }
    }

    [Theory]
    [InlineData("da-DK")]
    [InlineData("ar-SA")]
    public void Every_sample_settles_to_its_expected_bytes_under_the_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        CliRun run = CliRun.Of("audit", RepositoryFolder.PathOf("samples"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain("MISMATCH", run.Output);
    }

    [Theory]
    [InlineData("da_DK.UTF-8")]
    [InlineData("ar_SA.UTF-8")]
    public void The_sib_process_writes_the_same_bytes_whatever_locale_the_environment_sets(string locale)
    {
        using var output = new TempFolder();
        string[] args = Arguments(Restatement, output.Path);
        Transcript invariant = Transcript.Of(args, output.Path, CultureInfo.InvariantCulture.Name);

        Transcript process = Transcript.OfProcess(args, output.Path, locale);

        Assert.Equal(invariant.ExitCode, process.ExitCode);
        Assert.Equal(invariant.Output, process.Output);
        Assert.Equal(invariant.Error, process.Error);
        Assert.Equal(invariant.Files["lines.csv"], process.Files["lines.csv"]);
        Assert.Equal(invariant.Files["summary.json"], process.Files["summary.json"]);
    }

    public void Dispose() => _inputs.Dispose();

    private string Input(string name) => Path.Combine(_inputs.Path, name);

    private string[] Arguments(string commandLine, string output) => commandLine
        .Replace("{public-1}", Path.GetDirectoryName(CliRun.Case("public-1", "x")), StringComparison.Ordinal)
        .Replace("{public-2}", Path.GetDirectoryName(CliRun.Case("public-2", "x")), StringComparison.Ordinal)
        .Replace("{care}", Path.GetDirectoryName(CliRun.Case("care-leavers-reboot-west", "x")), StringComparison.Ordinal)
        .Replace("{samples}", RepositoryFolder.PathOf("samples"), StringComparison.Ordinal)
        .Replace("{inputs}", _inputs.Path, StringComparison.Ordinal)
        .Replace("{out}", output, StringComparison.Ordinal)
        .Split(' ');

    /// <summary>What one run printed and wrote: the exit code, standard output and error, and every file in the output folder.</summary>
    private sealed record Transcript(int ExitCode, string Output, string Error, SortedDictionary<string, byte[]> Files)
    {
        internal static Transcript Of(string[] args, string output, string culture)
        {
            Clear(output);
            using var scope = new CultureScope(culture);
            CliRun run = CliRun.Of(args);
            return new Transcript(run.ExitCode, run.Output, run.Error, FilesIn(output));
        }

        internal static Transcript OfProcess(string[] args, string output, string locale)
        {
            Clear(output);
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sib.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["LANG"] = locale;
            start.Environment["LC_ALL"] = locale;
            start.Environment.Remove(TestCulture.Variable);
            using Process process = Process.Start(start)!;
            Task<string> error = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Transcript(process.ExitCode, stdout.ReplaceLineEndings(Environment.NewLine), error.Result, FilesIn(output));
        }

        private static void Clear(string folder)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static SortedDictionary<string, byte[]> FilesIn(string folder) =>
            new(
                Directory.Exists(folder)
                    ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes)
                    : [],
                StringComparer.Ordinal);
    }
}
