using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary><c>sib audit</c> of cases with a simulate.json: the projection is re-run and compared byte for byte.</summary>
public sealed class SimulationAuditTests
{
    [Fact]
    public void A_case_with_only_a_contract_and_simulate_json_is_projected_and_compared()
    {
        using var folder = ProjectionCase("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": { "leave": 0.1, "return": 0.02 } }""");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/simulation.csv: match", run.Output);
        Assert.Contains("audit: 1 of 1 cases match.", run.Output);
    }

    [Fact]
    public void A_different_projection_is_a_mismatch()
    {
        using var folder = ProjectionCase("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": { "leave": 0.1, "return": 0.02 } }""");
        File.WriteAllText(Path.Combine(folder.Path, "simulate.json"), """{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 6, "hazards": { "leave": 0.1, "return": 0.02 } }""");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/simulation.csv: MISMATCH", run.Output);
    }

    [Fact]
    public void A_hazards_file_in_the_case_folder_is_named_by_simulate_json()
    {
        using var folder = ProjectionCase("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": "hazards.csv" }""", hazards: "month,leave,return\n1,0.2,0\n2,0.1,0.05\n");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/hazards.csv: match", run.Output);
    }

    [Theory]
    [InlineData("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": "estimate" }""", "\"hazards\": \"estimate\" needs the case's as_of.txt")]
    [InlineData("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": "estimate", "extra": 1 }""", "unknown field 'extra'")]
    [InlineData("""{ "intake": "2027-01:4", "horizon": "30-06-2028", "runs": 30, "seed": 5, "hazards": "estimate" }""", "horizon: expected an ISO date")]
    [InlineData("""{ "intake": "2027-01:4", "runs": 30 """, "simulate.json: ")]
    public void A_bad_simulate_json_is_a_broken_case(string spec, string message)
    {
        using var folder = ProjectionCase("""{ "intake": "2027-01:4", "horizon": "2028-06-30", "runs": 30, "seed": 5, "hazards": { "leave": 0.1, "return": 0.02 } }""");
        File.WriteAllText(Path.Combine(folder.Path, "simulate.json"), spec);

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    /// <summary>A case folder with Kvinder i Job's contract, <paramref name="spec"/> as simulate.json, and the outputs of projecting it as expected/.</summary>
    private static TempFolder ProjectionCase(string spec, string? hazards = null)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        File.Copy(RepositoryFolder.PathOf("samples", "kvinder-i-job", "contract.json"), Path.Combine(folder.Path, "contract.json"));
        File.WriteAllText(Path.Combine(folder.Path, "simulate.json"), spec);
        if (hazards is not null)
        {
            File.WriteAllText(Path.Combine(folder.Path, "hazards.csv"), hazards);
        }

        SimulationRequest request = SimulationSpec.Read(new FileInfo(Path.Combine(folder.Path, "simulate.json")), new DirectoryInfo(folder.Path), null, out string problem)
            ?? throw new InvalidOperationException(problem);
        Assert.Equal(0, SimulateCommand.Simulate(request, new DirectoryInfo(Path.Combine(folder.Path, "expected")), TextWriter.Null, TextWriter.Null));
        return folder;
    }
}
