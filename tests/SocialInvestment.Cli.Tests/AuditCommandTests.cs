namespace SocialInvestment.Cli.Tests;

public sealed class AuditCommandTests
{
    [Fact]
    public void Audit_of_a_matching_case_exits_0()
    {
        using var folder = CaseCopy("public-1");
        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("public-1/lines.csv: match", run.Output.Replace(Path.GetFileName(folder.Path), "public-1"));
    }

    [Fact]
    public void Audit_prints_the_first_differing_line_and_exits_1()
    {
        using var folder = CaseCopy("public-1");
        string expected = Path.Combine(folder.Path, "expected", "lines.csv");
        string[] lines = File.ReadAllLines(expected);
        lines[3] = lines[3].Replace("8000.00", "8000.01", StringComparison.Ordinal);
        File.WriteAllText(expected, string.Join('\n', lines) + "\n");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISMATCH at line 4", run.Output);
    }

    [Fact]
    public void Audit_finds_cases_nested_inside_other_cases()
    {
        using var outer = CaseCopy("public-1");
        string inner = Path.Combine(outer.Path, "first-quarter");
        Directory.CreateDirectory(Path.Combine(inner, "expected"));
        foreach (string file in Directory.GetFiles(outer.Path))
        {
            File.Copy(file, Path.Combine(inner, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(outer.Path, "expected", "lines.csv"), Path.Combine(inner, "expected", "lines.csv"));
        CliRun run = CliRun.Of("audit", outer.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/first-quarter/lines.csv: match", run.Output);
        Assert.Contains("audit: 2 of 2 cases match.", run.Output);
    }

    [Fact]
    public void Audit_of_a_folder_without_cases_is_a_bad_argument()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        Assert.Equal(2, CliRun.Of("audit", folder.Path).ExitCode);
    }

    [Fact]
    public void Audit_of_a_case_with_investments_also_compares_the_economics()
    {
        using var folder = EconomicsCopy();
        string expected = Path.Combine(folder.Path, "expected", "cashflows.csv");
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("2025-06-01,investment,-50000.00", "2025-06-01,investment,-50000.01", StringComparison.Ordinal));

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/economics.json: match", run.Output);
        Assert.Contains("/cashflows.csv: MISMATCH at line 8", run.Output);
    }

    [Fact]
    public void Audit_of_a_case_whose_rate_txt_holds_no_rate_is_a_broken_case()
    {
        using var folder = EconomicsCopy();
        File.WriteAllText(Path.Combine(folder.Path, "rate.txt"), "3,5 %\n");

        CliRun run = CliRun.Of("audit", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rate.txt does not hold an annual rate as a fraction above -1 and at most 100", run.Error);
    }

    private static TempFolder EconomicsCopy()
    {
        var folder = new TempFolder();
        string sample = SocialInvestment.Testing.RepositoryFolder.PathOf("samples", "economics");
        Directory.CreateDirectory(Path.Combine(folder.Path, "expected"));
        foreach (string file in Directory.GetFiles(sample).Concat(Directory.GetFiles(Path.Combine(sample, "expected"))))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetRelativePath(sample, file)));
        }

        return folder;
    }

    private static TempFolder CaseCopy(string name)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "expected"));
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases", name)))
        {
            string target = Path.GetFileName(file) == "expected-lines.csv"
                ? Path.Combine(folder.Path, "expected", "lines.csv")
                : Path.Combine(folder.Path, Path.GetFileName(file));
            File.Copy(file, target);
        }

        return folder;
    }
}
