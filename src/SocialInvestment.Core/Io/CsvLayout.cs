namespace SocialInvestment.Io;

/// <summary>
/// How a file's header is read: the fields that must and may have a column, the field that names people (null where
/// the file names nobody), and problems of the header that only the file's own reader sees in its names.
/// </summary>
/// <param name="Required">The fields that must have a column.</param>
/// <param name="Optional">The fields that may have one.</param>
/// <param name="IdColumn">
/// The field of people's ids, with the aliases this file accepts; its rows name people by it or by <c>cpr</c>, exactly
/// one of them. Null where the file names nobody.
/// </param>
internal sealed record CsvLayout(IReadOnlyList<CsvColumn> Required, IReadOnlyList<CsvColumn> Optional, CsvColumn? IdColumn)
{
    /// <summary>Problems of the header's names, in column order; any of them stops reading, as a missing column does.</summary>
    internal IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>A problem at a 1-based column of the header (0: the whole header), its message already masked.</summary>
    internal readonly record struct Problem(int Column, string Message);
}
