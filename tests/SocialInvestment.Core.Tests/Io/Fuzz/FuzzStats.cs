using System.Diagnostics;
using System.Globalization;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>What a fuzz run saw: cases, how many were read without error, the bytes read, the time, the slowest case.</summary>
internal sealed class FuzzStats
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    internal int Cases { get; private set; }

    internal int Succeeded { get; private set; }

    internal long Bytes { get; private set; }

    internal int LargestInput { get; private set; }

    internal TimeSpan Slowest { get; private set; }

    internal string SlowestCase { get; private set; } = string.Empty;

    internal void Add(FuzzCase fuzzCase, int bytes, bool succeeded, TimeSpan elapsed)
    {
        Cases++;
        Succeeded += succeeded ? 1 : 0;
        Bytes += bytes;
        LargestInput = Math.Max(LargestInput, bytes);
        if (elapsed > Slowest)
        {
            Slowest = elapsed;
            SlowestCase = $"{bytes} bytes: {fuzzCase}";
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Cases} cases in {_wall.Elapsed.TotalSeconds:0.0} s ({Succeeded} read without error, {Cases - Succeeded} with input errors); "
        + $"{Bytes / 1e6:0.0} MB read, the largest input {LargestInput / 1e6:0.00} MB; "
        + $"slowest case {Slowest.TotalMilliseconds:0} ms ({Cut(SlowestCase)})");

    private static string Cut(string text) => text.Length <= 400 ? text : string.Concat(text.AsSpan(0, 400), "…");
}
