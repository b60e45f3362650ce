namespace SocialInvestment.Io;

/// <summary>
/// Keeps every CSV the library writes safe to open in a spreadsheet (OWASP, "CSV injection"): no text field begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which Excel, LibreOffice and Google Sheets take as
/// the start of a formula. The one exception is <c>-</c> alone, the period of a one-off payment (SPEC §7), which no
/// spreadsheet reads as a formula. Numbers (amounts, negative ones with a leading <c>-</c>) are written by the writers
/// themselves and read as numbers; they are not text and are not checked.
/// </summary>
/// <remarks>
/// Outputs are never altered (a quote put before a value would break the exact outputs of SPEC §10 and the ids that a
/// ledger must repeat): the readers refuse such ids with a clear error, ids are safe by their type
/// (<see cref="ParticipantId.IsValid"/>), and a writer throws on any other text that would begin a formula, such as a
/// payment or period of a ledger key built in code, or a cohort or benefit code written back to an input file.
/// </remarks>
internal static class SpreadsheetText
{
    /// <summary>Whether a spreadsheet shows <paramref name="text"/> as the text it is, rather than running it as a formula.</summary>
    internal static bool IsSafe(string? text) =>
        string.IsNullOrEmpty(text) || text == LineKey.NoPeriod || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r');

    /// <summary>Returns <paramref name="text"/> where it is safe; otherwise throws, naming the field.</summary>
    /// <param name="text">The text to write.</param>
    /// <param name="field">What the text is, for the message: "the payment of a line".</param>
    /// <exception cref="ArgumentException">The text begins a formula.</exception>
    internal static string Checked(string text, string field)
    {
        if (!IsSafe(text))
        {
            Throw(text, field);
        }

        return text;
    }

    private static void Throw(string text, string field)
    {
        string first = text[0] switch
        {
            '\t' => "a tab",
            '\r' => "a carriage return",
            char c => $"'{c}'",
        };
        throw new ArgumentException($"{field} {Echo.Quoted(text)} begins with {first}, so a spreadsheet would run it as a formula; it is not written to a CSV file.");
    }
}
