using System.Text.Json;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Issue 20's "done means" on the shipped sample (samples/kvinder-i-job-design): <c>sib simulate</c> with the sample's
/// cohort, runs and seed, on the recommended contract the design wrote, gives the payment and saving percentiles that
/// the design's design.json reports for it, to the øre.
/// </summary>
public sealed class DesignSampleTests
{
    [Fact]
    public void Simulating_the_sample_s_recommended_contract_gives_the_design_s_bands_to_the_ore()
    {
        string sample = RepositoryFolder.PathOf("samples", "kvinder-i-job-design");
        using var output = new TempFolder();
        using JsonDocument run = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample, "design-run.json")));
        JsonElement spec = run.RootElement;

        CliRun simulate = CliRun.Of(
            "simulate",
            "--contract", Path.Combine(sample, "expected", "recommended-contract.json"),
            "--estimate-participants", Path.Combine(sample, "participants.csv"),
            "--estimate-spells", Path.Combine(sample, "spells.csv"),
            "--estimate-as-of", File.ReadAllText(Path.Combine(sample, "as_of.txt")).Trim(),
            "--intake", spec.GetProperty("intake").GetString()!,
            "--horizon", spec.GetProperty("horizon").GetString()!,
            "--runs", spec.GetProperty("runs").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", spec.GetProperty("seed").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", output.Path);

        Assert.Equal(0, simulate.ExitCode);
        using JsonDocument simulation = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "simulation.json")));
        using JsonDocument design = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample, "expected", "design.json")));
        JsonElement total = simulation.RootElement.GetProperty("total");
        JsonElement recommended = design.RootElement.GetProperty("recommended_contract");
        foreach (string band in new[] { "payments", "savings", "municipal_savings" })
        {
            foreach (string percentile in new[] { "p5", "p50", "p95" })
            {
                Assert.Equal(
                    recommended.GetProperty(band).GetProperty(percentile).GetDecimal(),
                    total.GetProperty(band).GetProperty(percentile).GetDecimal());
            }
        }

        // And the design's own measures of the payments are those bands.
        JsonElement measures = recommended.GetProperty("measures");
        Assert.Equal(measures.GetProperty("total_payments_p50").GetDecimal(), total.GetProperty("payments").GetProperty("p50").GetDecimal());
    }
}
