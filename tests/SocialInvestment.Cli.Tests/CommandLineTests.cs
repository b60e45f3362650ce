namespace SocialInvestment.Cli.Tests;

/// <summary>
/// sib builds only the command a line names, under a plain root unless the line asks for help, the version, a directive
/// or a response file (<see cref="Sib.Run"/>): each way must read the line as the full command line would.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_after_a_command_prints_that_commands_usage(string help)
    {
        CliRun run = CliRun.Of("settle", help);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Settle a contract as of a date", run.Output, StringComparison.Ordinal);
        Assert.Contains("--contract", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_is_read_as_part_of_the_line()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "help.rsp");
        File.WriteAllText(file, "--help\n");

        CliRun run = CliRun.Of("validate", "@" + file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Check the inputs and describe what was read", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_without_a_command_lists_every_command()
    {
        CliRun run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "settle", "economics", "outcomes", "evidence", "report", "validate", "audit", "simulate", "design", "generate", "schema", "keygen" })
        {
            Assert.Contains($"  {command}", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_named_command_reports_an_unknown_option_and_its_missing_ones()
    {
        CliRun run = CliRun.Of("settle", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument '--bogus'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Option '--contract' is required", run.Error, StringComparison.Ordinal);
        Assert.Contains("Try 'sib --help'", run.Error, StringComparison.Ordinal);
    }
}
