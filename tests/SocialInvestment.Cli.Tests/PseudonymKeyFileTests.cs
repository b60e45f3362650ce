using System.Text;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// SPEC §9 at the command line: a key file of fewer than 16 bytes is refused by every command that reads one, with exit 2,
/// the file's name, why (a short key can be found by trying every key) and how to make one (<c>sib keygen</c>); nothing is
/// written, and the key's bytes are never shown.
/// </summary>
public sealed class PseudonymKeyFileTests : IDisposable
{
    /// <summary>15 bytes that would be easy to spot in a message, as text or as hex.</summary>
    private static readonly byte[] FifteenBytes = Encoding.ASCII.GetBytes("Secret15bytes!!");

    private static readonly string Sample = RepositoryFolder.PathOf("samples", "danish-export");

    private readonly TempFolder _work = new();

    public PseudonymKeyFileTests() => Directory.CreateDirectory(_work.Path);

    /// <summary>Every command that reads a key, with the sample's CPR inputs; {key} and {out} are filled in.</summary>
    public static TheoryData<string> Commands => new()
    {
        "validate {inputs} --as-of 2026-06-30",
        "outcomes {inputs} --as-of 2026-06-30 --out {out}",
        "settle {inputs} --as-of 2026-06-30 --out {out}",
        "evidence {inputs} --as-of 2026-06-30 --out {out}",
        "economics {inputs} --investments {samples}/economics/investments.csv --as-of 2026-06-30 --out {out}",
        "report {inputs} --as-of 2026-06-30 --out {out}",
        "simulate --contract {sample}/contract.json --estimate-participants {sample}/participants.csv --estimate-spells {sample}/spells.csv --estimate-as-of 2026-06-30 --pseudonym-key {key} --intake 2027-01:3 --horizon 2028-12-31 --runs 5 --out {out}",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_key_file_of_15_bytes_is_refused_by_every_command_saying_why_and_how_to_make_one_and_nothing_is_written(string commandLine)
    {
        string key = Key("short.key", FifteenBytes);
        string output = Path.Combine(_work.Path, "out");

        CliRun run = Run(commandLine, key, output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            $"error: {key}: the pseudonym key file holds only 15 bytes; a key needs at least 16 bytes (SPEC §9), because a shorter key can be found by trying every key, and with it every pseudonym reversed. "
            + "Make a key of 32 random bytes with 'sib keygen --out FILE' and keep it apart from the data.",
            run.Error,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "nothing is written");
        AssertKeyNotShown(run);
    }

    [Fact]
    public void The_refused_key_is_the_only_error_not_followed_by_one_for_each_file_with_CPR_numbers()
    {
        CliRun run = CliRun.Of(["validate", .. Inputs(Key("short.key", FifteenBytes)), "--as-of", "2026-06-30"]);

        Assert.Equal(2, run.ExitCode);
        string error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the pseudonym key file holds only 15 bytes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "is empty")]
    [InlineData(1, "holds only 1 byte;")]
    [InlineData(8, "holds only 8 bytes;")]
    public void An_empty_or_short_key_file_says_how_many_bytes_it_holds(int length, string holds)
    {
        string key = Key("short.key", new byte[length]);

        CliRun run = CliRun.Of(["validate", .. Inputs(key)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {key}: the pseudonym key file {holds}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_of_16_bytes_is_accepted()
    {
        string key = Key("sixteen.key", Encoding.ASCII.GetBytes("Secret16bytes!!!"));
        string output = Path.Combine(_work.Path, "out");

        CliRun run = CliRun.Of(["settle", .. Inputs(key), "--as-of", "2026-06-30", "--out", output]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(output, "lines.csv")));
        Assert.DoesNotContain("Secret16bytes", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_of_a_case_with_a_short_key_is_refused_and_says_why()
    {
        string folder = Path.Combine(_work.Path, "case");
        Directory.CreateDirectory(Path.Combine(folder, "expected"));
        foreach (string file in Directory.GetFiles(Sample).Concat(Directory.GetFiles(Path.Combine(Sample, "expected"))))
        {
            File.Copy(file, Path.Combine(folder, Path.GetRelativePath(Sample, file)));
        }

        File.WriteAllBytes(Path.Combine(folder, "key.bin"), FifteenBytes);

        CliRun run = CliRun.Of("audit", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the pseudonym key file holds only 15 bytes; a key needs at least 16 bytes", run.Error, StringComparison.Ordinal);
        AssertKeyNotShown(run);
    }

    public void Dispose() => _work.Dispose();

    private static string[] Inputs(string key) =>
    [
        "--contract", Path.Combine(Sample, "contract.json"),
        "--participants", Path.Combine(Sample, "participants.csv"),
        "--spells", Path.Combine(Sample, "spells.csv"),
        "--pseudonym-key", key,
    ];

    private static CliRun Run(string commandLine, string key, string output)
    {
        var args = new List<string>();
        foreach (string word in commandLine.Split(' '))
        {
            if (word == "{inputs}")
            {
                args.AddRange(Inputs(key));
            }
            else
            {
                args.Add(word
                    .Replace("{key}", key, StringComparison.Ordinal)
                    .Replace("{out}", output, StringComparison.Ordinal)
                    .Replace("{sample}", Sample, StringComparison.Ordinal)
                    .Replace("{samples}", RepositoryFolder.PathOf("samples"), StringComparison.Ordinal));
            }
        }

        return CliRun.Of([.. args]);
    }

    private static void AssertKeyNotShown(CliRun run)
    {
        string printed = run.Output + run.Error;
        Assert.DoesNotContain("Secret15", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(FifteenBytes), printed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(FifteenBytes), printed, StringComparison.Ordinal);
    }

    private string Key(string name, byte[] bytes)
    {
        string path = Path.Combine(_work.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
