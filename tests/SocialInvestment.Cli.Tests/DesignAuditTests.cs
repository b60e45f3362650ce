using NodaTime;
using NodaTime.Text;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// <c>sib audit</c> of cases with a design-run.json: <c>sib design</c> is re-run with the case's contract.json as the
/// template and every output that expected/ holds is compared byte for byte.
/// </summary>
public sealed class DesignAuditTests
{
    private const string Spec =
        """{ "design": "design.json", "investments": "investments.csv", "intake": "2027-01:5,2027-02:5", "horizon": "2029-02-28", "runs": 20, "seed": 3, "hazards": { "leave": 0.1, "return": 0.04 } }""";

    private const string Design =
        """
        {
          "vary": [
            { "parameter": "payments.fee.amount", "values": [10000, 20000] },
            { "parameter": "payments.bonus.amount", "values": [30000, 40000] }
          ],
          "conditions": [
            { "measure": "payer_net_saving_positive_probability", "at_least": 0 }
          ]
        }
        """;

    [Fact]
    public void A_case_with_a_design_run_json_is_designed_and_every_output_compared()
    {
        using var folder = DesignCase(Spec);

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("/design.csv: match", run.Output);
        Assert.Contains("/design.json: match", run.Output);
        Assert.Contains("/recommended-contract.json: match", run.Output);
        Assert.Contains("audit: 1 of 1 cases match.", run.Output);
    }

    [Fact]
    public void Another_seed_is_a_mismatch()
    {
        using var folder = DesignCase(Spec);
        File.WriteAllText(Path.Combine(folder.Path, DesignSpec.FileName), Spec.Replace("\"seed\": 3", "\"seed\": 4", StringComparison.Ordinal));

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/design.csv: MISMATCH at line 2", run.Output);
    }

    [Fact]
    public void Only_the_outputs_in_expected_are_compared_and_each_of_them_is()
    {
        using var folder = DesignCase(Spec);
        File.Delete(Path.Combine(folder.Path, "expected", "recommended-contract.json"));

        CliRun fewer = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, fewer.ExitCode);
        Assert.DoesNotContain("recommended-contract.json", fewer.Output);

        // A file expected/ holds is compared, also one the command does not write.
        File.WriteAllText(Path.Combine(folder.Path, "expected", "design-notes.md"), "# Design\n");

        CliRun more = CliRun.Of("audit", folder.Path);

        Assert.Equal(1, more.ExitCode);
        Assert.Contains("/design-notes.md: MISMATCH (not written)", more.Output);
    }

    [Fact]
    public void A_case_with_an_earlier_cohort_estimates_the_hazards_from_it_and_is_settled_too()
    {
        string sample = RepositoryFolder.PathOf("samples", "kvinder-i-job-budget");
        string spec = """{ "design": "design.json", "investments": "investments.csv", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": 10, "seed": 1, "hazards": "estimate" }""";
        using var folder = DesignCase(spec, folder =>
        {
            foreach (string name in (string[])["participants.csv", "spells.csv", "as_of.txt"])
            {
                File.Copy(Path.Combine(sample, name), Path.Combine(folder, name));
            }
        });
        File.Copy(Path.Combine(sample, "expected", "lines.csv"), Path.Combine(folder.Path, "expected", "lines.csv"));

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/lines.csv: match", run.Output);
        Assert.Contains("/design.json: match", run.Output);
        Assert.Contains("\"role\": \"spells\"", File.ReadAllText(Path.Combine(folder.Path, "expected", "design.json")));
    }

    [Theory]
    [InlineData("""{ "investments": "investments.csv", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": 20, "seed": 3, "hazards": { "leave": 0.1, "return": 0.04 } }""", "design-run.json: design: expected the name of a file in the case folder, for sib design's --design")]
    [InlineData("""{ "design": "design.json", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": 20, "seed": 3, "hazards": { "leave": 0.1, "return": 0.04 } }""", "design-run.json: investments: expected the name of a file")]
    [InlineData("""{ "design": "design.json", "investments": "investments.csv", "contract": "other.json", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": 20, "seed": 3, "hazards": { "leave": 0.1, "return": 0.04 } }""", "design-run.json: unknown field 'contract'; the fields are design, investments, intake")]
    [InlineData("""{ "design": "design.json", "investments": "investments.csv", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": 20, "seed": 3, "hazards": "estimate" }""", "design-run.json: \"hazards\": \"estimate\" needs the case's as_of.txt")]
    [InlineData("""{ "design": "design.json", "investments": "investments.csv", "intake": "2027-01:5", "horizon": "2029-02-28", "runs": "twenty", "seed": 3, "hazards": { "leave": 0.1, "return": 0.04 } }""", "design-run.json: ")]
    [InlineData("""[]""", "design-run.json: expected an object")]
    public void A_bad_design_run_json_is_a_broken_case(string spec, string message)
    {
        using var folder = DesignCase(Spec);
        File.WriteAllText(Path.Combine(folder.Path, DesignSpec.FileName), spec);

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void A_design_file_the_command_refuses_is_reported_as_it_reports_it_and_breaks_the_case()
    {
        using var folder = DesignCase(Spec);
        File.WriteAllText(Path.Combine(folder.Path, "design.json"), Design.Replace("payments.fee.amount", "payments.fee.amout", StringComparison.Ordinal));

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("design.json:3:20: vary[0].parameter: \"payments.fee.amout\" names no number of payment \"fee\"", run.Error);
        Assert.Contains("the case could not be settled, projected or designed", run.Error);
    }

    [Fact]
    public void A_case_with_investments_is_run_through_economics_only_where_expected_holds_its_outputs()
    {
        // investments.csv here is sib design's; the earlier cohort's settlement has no economics.json to compare.
        string sample = RepositoryFolder.PathOf("samples", "kvinder-i-job-budget");
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "expected"));
        foreach (string name in (string[])["contract.json", "participants.csv", "spells.csv", "as_of.txt"])
        {
            File.Copy(Path.Combine(sample, name), Path.Combine(folder.Path, name));
        }

        File.Copy(Path.Combine(sample, "expected", "lines.csv"), Path.Combine(folder.Path, "expected", "lines.csv"));
        File.WriteAllText(Path.Combine(folder.Path, "investments.csv"), "date,amount\nnot a date,1\n");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/lines.csv: match", run.Output);
    }

    /// <summary>
    /// A case folder with Kvinder i Job's contract as the template, a 2 × 2 design, investments.csv, <paramref name="spec"/>
    /// as design-run.json, anything <paramref name="more"/> adds, and the outputs of <c>sib design</c> as expected/.
    /// </summary>
    private static TempFolder DesignCase(string spec, Action<string>? more = null)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        File.Copy(RepositoryFolder.PathOf("samples", "kvinder-i-job", "contract.json"), Path.Combine(folder.Path, "contract.json"));
        File.WriteAllText(Path.Combine(folder.Path, "design.json"), Design);
        File.WriteAllText(Path.Combine(folder.Path, "investments.csv"), "date,amount\n2026-12-01,400000\n");
        File.WriteAllText(Path.Combine(folder.Path, DesignSpec.FileName), spec);
        more?.Invoke(folder.Path);
        string asOfPath = Path.Combine(folder.Path, "as_of.txt");
        LocalDate? asOf = File.Exists(asOfPath) ? LocalDatePattern.Iso.Parse(File.ReadAllText(asOfPath).Trim()).Value : null;
        DesignRequest request = DesignSpec.Read(new FileInfo(Path.Combine(folder.Path, DesignSpec.FileName)), new DirectoryInfo(folder.Path), asOf, out string problem)
            ?? throw new InvalidOperationException(problem);
        Assert.Equal(0, DesignCommand.Run(request.Projection, request.Design, request.Investments, new DirectoryInfo(Path.Combine(folder.Path, "expected")), TextWriter.Null, TextWriter.Null, StressScenario.Default));
        return folder;
    }
}
