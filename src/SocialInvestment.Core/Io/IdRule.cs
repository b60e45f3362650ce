namespace SocialInvestment.Io;

/// <summary>
/// How the readers explain an id that <see cref="ParticipantId.IsValid"/> refuses, and the project's rules on ids beyond
/// SPEC §2. SPEC allows an id to begin with <c>-</c>, but ids are written to lines.csv and outcomes.csv as they are, and a
/// spreadsheet reads such a text as a formula (<c>-A1</c> as minus cell A1); so an id that would be valid but for its
/// leading <c>-</c> gets its own message that says why.
/// </summary>
internal static class IdRule
{
    /// <summary>What is expected of an id that begins with <c>-</c>.</summary>
    internal const string NoLeadingHyphen = "an id that does not begin with '-' (a spreadsheet would read it as a formula)";

    /// <summary>The message for an id that is a valid CPR number, outside the participant_id column (where the advice is a cpr column).</summary>
    internal const string LooksLikeCpr = "this looks like a CPR number, and an id is written to the outputs as it is; use another id";

    /// <summary>What to say was expected of <paramref name="text"/>, which <see cref="ParticipantId.IsValid"/> refused: <paramref name="form"/>, or <see cref="NoLeadingHyphen"/> where the leading <c>-</c> is its only fault.</summary>
    internal static string Expected(string text, string form) =>
        text.Length > 1 && text[0] == '-' && ParticipantId.IsValid(string.Concat("a", text.AsSpan(1))) ? NoLeadingHyphen : form;

    /// <summary>Whether an id is a valid CPR number (with or without the hyphen), which must never reach an output (SPEC §9).</summary>
    internal static bool IsCpr(string id) => Cpr.TryParse(id, out _, out _);
}
