using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// <c>sib keygen --out FILE</c>: 32 bytes from the operating system's cryptographic generator in a new file, owner-only
/// where the file system has Unix permissions, never over an existing file, and never printed.
/// </summary>
public sealed class KeygenCommandTests : IDisposable
{
    private readonly TempFolder _work = new();

    public KeygenCommandTests() => Directory.CreateDirectory(_work.Path);

    [Fact]
    public void A_key_is_32_bytes_written_where_asked_and_the_run_says_where_and_to_keep_it_apart_from_the_data()
    {
        string path = In("pseudonym.key");

        CliRun run = CliRun.Of("keygen", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        byte[] key = File.ReadAllBytes(path);
        Assert.Equal(32, key.Length);
        Assert.Contains($"to {path}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Keep it apart from the data", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
        Assert.DoesNotContain(Convert.ToHexString(key), run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(key), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_give_different_keys()
    {
        Assert.Equal(0, CliRun.Of("keygen", "--out", In("first.key")).ExitCode);
        Assert.Equal(0, CliRun.Of("keygen", "--out", In("second.key")).ExitCode);

        Assert.NotEqual(File.ReadAllBytes(In("first.key")), File.ReadAllBytes(In("second.key")));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        string path = In("pseudonym.key");
        Assert.Equal(0, CliRun.Of("keygen", "--out", path).ExitCode);
        byte[] before = File.ReadAllBytes(path);

        CliRun run = CliRun.Of("keygen", "--out", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {path}: the file exists already, and sib keygen never overwrites one", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Any_existing_file_is_left_as_it_is_even_an_empty_one()
    {
        string path = In("data.csv");
        File.WriteAllText(path, "participant_id\n");

        Assert.Equal(2, CliRun.Of("keygen", "--out", path).ExitCode);
        Assert.Equal("participant_id\n", File.ReadAllText(path));

        File.WriteAllBytes(path, []);
        Assert.Equal(2, CliRun.Of("keygen", "--out", path).ExitCode);
        Assert.Empty(File.ReadAllBytes(path));
    }

    [Fact]
    public void The_key_file_is_readable_and_writable_by_its_owner_only_on_Unix()
    {
        string path = In("pseudonym.key");
        Assert.Equal(0, CliRun.Of("keygen", "--out", path).ExitCode);
        if (OperatingSystem.IsWindows())
        {
            // Windows has no Unix modes: the file takes its folder's permissions (docs/input-formats.md says so).
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_missing_folder_is_a_bad_argument_and_nothing_is_created()
    {
        string path = Path.Combine(_work.Path, "keys", "pseudonym.key");

        CliRun run = CliRun.Of("keygen", "--out", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {path}: the folder {Path.Combine(_work.Path, "keys")} does not exist; create it first", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work.Path, "keys")));
    }

    [Fact]
    public void A_folder_as_the_key_file_is_a_bad_argument()
    {
        CliRun run = CliRun.Of("keygen", "--out", _work.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("this is a folder; name the key file to create in it", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_work.Path));
    }

    [Fact]
    public void Without_out_it_is_a_bad_argument()
    {
        CliRun run = CliRun.Of("keygen");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_made_key_settles_CPR_numbers()
    {
        string key = In("pseudonym.key");
        Assert.Equal(0, CliRun.Of("keygen", "--out", key).ExitCode);
        string sample = RepositoryFolder.PathOf("samples", "danish-export");

        CliRun run = CliRun.Of(
            "settle",
            "--contract", Path.Combine(sample, "contract.json"),
            "--participants", Path.Combine(sample, "participants.csv"),
            "--spells", Path.Combine(sample, "spells.csv"),
            "--pseudonym-key", key,
            "--as-of", "2026-06-30",
            "--out", In("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("90 lines for 9 participants; payable 503725.81 DKK", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();

    private string In(string name) => Path.Combine(_work.Path, name);
}
