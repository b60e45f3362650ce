namespace SocialInvestment;

/// <summary>
/// A benefit spell in compact form: first and last day as day numbers (last <see cref="Open"/> while ongoing), the
/// benefit code as an index into its <see cref="SpellStore"/>'s codes, and the degree. 28 bytes and no object, so that
/// ten million of them are one array.
/// </summary>
internal readonly record struct SpellRecord(int From, int To, int Code, decimal Degree)
{
    /// <summary>The last day of a spell that is still running: it runs to <c>as_of</c>.</summary>
    internal const int Open = int.MaxValue;
}
