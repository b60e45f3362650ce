using DuckDB.NET.Data;
using SocialInvestment.DuckDbPeer;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

public sealed partial class GenerateCommandTests
{
    /// <summary>
    /// benchmarks/DuckDbPeer/settle.sql, the DuckDB SQL that issue 22 times <c>sib settle</c> against, settles a generated
    /// Danish cohort to the same bytes of lines.csv: the reference peer cannot drift from the settlement it stands for.
    /// The generator's spells never overlap within one class, so rows are added for a tenth of the cohort where they do:
    /// one code's rows overlapping (the largest degree counts), two codes summing past 1 (capped), and an education spell.
    /// The earlier as_of leaves late starters unenrolled and cuts windows, spells and months short.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("2025-06-30")]
    public void The_DuckDB_reference_peer_settles_a_Danish_cohort_to_the_same_lines(string? asOf)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--participants", "2000", "--seed", "3", "--out", input.Path, "--danish").ExitCode);
        File.AppendAllText(
            Path.Combine(input.Path, "spells.csv"),
            string.Concat(Enumerable.Range(0, 200).Select(k => $"P{k * 10:0000000}").Select(id =>
                $"{id};kontanthjaelp;01-01-2024;31-03-2024;0,5\r\n" +
                $"{id};kontanthjaelp;15-02-2024;30-04-2024;0,75\r\n" +
                $"{id};sygedagpenge;01-03-2024;15-04-2024;0,5\r\n" +
                $"{id};su;10-03-2024;20-03-2024;\r\n")));
        asOf ??= File.ReadAllText(Path.Combine(input.Path, "as_of.txt")).Trim();
        Assert.Equal(0, CliRun.Of(
            "settle",
            "--contract", Path.Combine(input.Path, "contract.json"),
            "--participants", Path.Combine(input.Path, "participants.csv"),
            "--spells", Path.Combine(input.Path, "spells.csv"),
            "--as-of", asOf,
            "--out", output.Path).ExitCode);

        string peerLines = Path.Combine(input.Path, "peer-lines.csv");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            command.CommandText = SettleSql.For(File.ReadAllText(RepositoryFolder.PathOf("benchmarks", "DuckDbPeer", "settle.sql")), input.Path, peerLines, asOf);
            command.ExecuteNonQuery();
        }

        byte[] lines = File.ReadAllBytes(Path.Combine(output.Path, "lines.csv"));
        string text = System.Text.Encoding.UTF8.GetString(lines);
        Assert.Contains(",shared,", text, StringComparison.Ordinal);
        Assert.Contains(",bonus,", text, StringComparison.Ordinal);
        Assert.Matches(@"\n(?:[^,\n]*,){6}(?!0\.00,)", text); // a capped line
        Assert.Equal(lines, File.ReadAllBytes(peerLines));
    }
}
