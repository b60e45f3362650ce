using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>The sample and test cases the Parquet exports are checked on, and runs of <c>sib settle</c>/<c>sib outcomes</c> with <c>--parquet</c>.</summary>
internal static class ParquetSamples
{
    /// <summary>
    /// Cases that settle: a ledger with negative dues (restatement, public-2), payers (life-chances-fund-payers), a municipal
    /// share (kvinder-i-job-municipal-saving), a comparison group (peterborough-comparison-group), a price per week
    /// (impact60-weekly-price), weekly register extracts (dsi-employment, public-dk-2), and the published cases.
    /// </summary>
    public static TheoryData<string> Settled =>
    [
        "samples/restatement",
        "samples/restatement/first-quarter",
        "samples/life-chances-fund-payers",
        "samples/kvinder-i-job-municipal-saving",
        "samples/peterborough-comparison-group",
        "samples/impact60-weekly-price",
        "samples/dsi-employment",
        "samples/care-leavers-reboot-west",
        "Cases/public-1",
        "Cases/public-2",
        "Cases/public-dk-2",
    ];

    /// <summary>The case's folder: <c>samples/…</c> in the checkout, <c>Cases/…</c> beside the test binaries.</summary>
    internal static DirectoryInfo Folder(string name) =>
        new(name.StartsWith("Cases/", StringComparison.Ordinal)
            ? Path.Combine(AppContext.BaseDirectory, name)
            : RepositoryFolder.PathOf(name.Split('/')));

    internal static SampleCase Open(string name)
    {
        SampleCase? sample = SampleCase.Open(Folder(name), name, out string problem);
        Assert.True(sample is not null, problem);
        return sample;
    }

    /// <summary>Runs <c>sib settle --parquet</c> on the case into <paramref name="output"/>.</summary>
    internal static void Settle(string name, string output)
    {
        SampleCase sample = Open(name);
        var error = new StringWriter();
        Assert.Equal(0, SettleCommand.Settle(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output), TextWriter.Null, error, parquet: true));
        Assert.Equal(string.Empty, error.ToString());
    }

    /// <summary>Runs <c>sib outcomes --parquet</c> on the case into <paramref name="output"/>.</summary>
    internal static void Outcomes(string name, string output)
    {
        SampleCase sample = Open(name);
        var error = new StringWriter();
        Assert.Equal(0, OutcomesCommand.WriteOutcomes(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output), TextWriter.Null, error, parquet: true));
        Assert.Equal(string.Empty, error.ToString());
    }

    /// <summary>Settles the case in process, for writing its lines and outcomes again with other settings.</summary>
    internal static SettlementResult Result(string name)
    {
        SampleCase sample = Open(name);
        LoadedInputs? loaded = InputLoader.Load(sample.Inputs, TextWriter.Null, new ReadOptions(), asOf: sample.AsOf!.Value);
        Assert.NotNull(loaded);
        return SettleCommand.Run(loaded, sample.AsOf!.Value, new SettlementOptions());
    }

    /// <summary>Writes a file <paramref name="name"/> into <paramref name="folder"/> (made where missing) with <paramref name="write"/>; returns its path.</summary>
    internal static string WriteFile(string folder, string name, Action<Stream> write)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        return path;
    }
}
