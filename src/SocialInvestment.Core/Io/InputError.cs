namespace SocialInvestment.Io;

/// <summary>
/// A problem in an input file, with where it is and what was expected. Never holds a CPR number: values that look like
/// one are masked before they reach a message.
/// </summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">The 1-based line; 0 where the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column (CSV: field number; JSON: character in the line); 0 where none applies.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:column: message</c>.</summary>
    public override string ToString() =>
        Line <= 0 ? $"{File}: {Message}"
        : Column <= 0 ? $"{File}:{Line}: {Message}"
        : $"{File}:{Line}:{Column}: {Message}";
}
