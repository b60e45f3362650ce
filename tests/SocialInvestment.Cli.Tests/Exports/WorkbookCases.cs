namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>The cases the workbook is checked on, and runs of sib on them with <c>--xlsx</c>.</summary>
internal static class WorkbookCases
{
    /// <summary>
    /// Samples and test cases of every shape a sheet can take: a ledger (restatement, public-2), payers
    /// (life-chances-fund-payers), a municipal share (kvinder-i-job-municipal-saving), a comparison group
    /// (peterborough-comparison-group), a delivery fee's lines of no participant (work-programme), a pseudonym key
    /// (danish-export, public-2) and weeks.csv (public-dk-2).
    /// </summary>
    internal static TheoryData<string> Names =>
    [
        "samples/restatement",
        "samples/life-chances-fund-payers",
        "samples/kvinder-i-job-municipal-saving",
        "samples/peterborough-comparison-group",
        "samples/work-programme",
        "samples/danish-export",
        "Cases/public-2",
        "Cases/public-dk-2",
    ];

    /// <summary>The case named as in <see cref="Names"/> (<see cref="ParquetSamples.Open"/>: one way to find a case).</summary>
    internal static SampleCase Open(string name) => ParquetSamples.Open(name);

    /// <summary><c>sib settle --xlsx</c> of the case into <paramref name="output"/>.</summary>
    internal static void Settle(SampleCase sample, string output, Language language)
    {
        var error = new StringWriter();
        int exit = SettleCommand.Settle(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output), new StringWriter(), error, xlsx: true, language: language);
        Assert.True(exit == 0, error.ToString());
    }

    /// <summary><c>sib outcomes --xlsx</c> of the case into <paramref name="output"/>.</summary>
    internal static void Outcomes(SampleCase sample, string output, Language language)
    {
        var error = new StringWriter();
        int exit = OutcomesCommand.WriteOutcomes(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output), new StringWriter(), error, xlsx: true, language: language);
        Assert.True(exit == 0, error.ToString());
    }

    /// <summary><c>sib economics --xlsx</c> of the case (which has an investments.csv) into <paramref name="output"/>.</summary>
    internal static void Economics(SampleCase sample, string output, Language language)
    {
        var error = new StringWriter();
        int exit = EconomicsCommand.Run(
            sample.Inputs with { Investments = sample.Investments }, sample.AsOf!.Value, sample.Rate, new DirectoryInfo(output), new StringWriter(), error, xlsx: true, language: language);
        Assert.True(exit == 0, error.ToString());
    }
}
