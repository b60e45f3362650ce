namespace SocialInvestment.Io;

/// <summary>The patterns (ECMA-262 regular expressions, as JSON Schema has them) of the text fields of contract.json.</summary>
internal static class ContractDocumentPatterns
{
    /// <summary>An id (<see cref="ParticipantId.IsValid"/>): 1–64 characters of <c>A-Z a-z 0-9 _ - .</c>, the first not <c>-</c>.</summary>
    internal const string Id = "^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,63}$";

    /// <summary>A currency: three capital letters.</summary>
    internal const string Currency = "^[A-Z]{3}$";

    /// <summary>
    /// A code (<c>JsonValues.Code</c>): not empty, and neither first nor last character white space as
    /// <see cref="string.Trim()"/> sees it (<see cref="char.IsWhiteSpace(char)"/>: exactly the class below, which a test checks).
    /// </summary>
    internal const string Code = "^" + NotSpace + "([\\s\\S]*" + NotSpace + ")?$";

    /// <summary>One character that is not white space.</summary>
    internal const string NotSpace = "[^\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
}
