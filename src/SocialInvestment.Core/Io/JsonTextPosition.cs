namespace SocialInvestment.Io;

/// <summary>A place in a JSON text: 1-based line and 1-based column, in characters (UTF-16 code units, as editors count them).</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
internal readonly record struct JsonTextPosition(int Line, int Column);
