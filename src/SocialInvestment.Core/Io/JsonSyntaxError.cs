using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// Turns a <see cref="JsonException"/> from the reader into one <see cref="InputError"/> at the reader's line and
/// column, saying plainly where the cause is a comment or a trailing comma (strict JSON allows neither).
/// </summary>
internal static class JsonSyntaxError
{
    /// <summary>The error for <paramref name="exception"/>.</summary>
    internal static InputError From(string fileName, JsonException exception, JsonLineMap lines)
    {
        long line = exception.LineNumber ?? 0;
        long bytePosition = exception.BytePositionInLine ?? 0;
        JsonTextPosition at = lines.At(line, bytePosition);
        long offset = lines.Offset(line, bytePosition);
        return new InputError(fileName, at.Line, at.Column, "not valid JSON: " + Explain(exception, lines, offset));
    }

    private static string Explain(JsonException exception, JsonLineMap lines, long offset)
    {
        if (lines.ByteAt(offset) == (byte)'/')
        {
            return "comments are not allowed in contract.json (strict JSON)";
        }

        if (lines.ByteAt(offset) is (byte)'}' or (byte)']' && PreviousNonSpace(lines, offset) == (byte)',')
        {
            return "a trailing comma before the closing bracket is not allowed (strict JSON)";
        }

        return Shown(exception.Message);
    }

    /// <summary>
    /// The reader's message without its position, and with the text it quotes first shown as any value from an input is
    /// (<see cref="Echo"/>): the reader quotes everything from a bad literal to the end of the file, line breaks and CPR
    /// numbers included.
    /// </summary>
    private static string Shown(string message)
    {
        int cut = message.LastIndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        // Messages that quote the input start with it: "'…' is an invalid JSON literal. Expected the literal 'null'."
        int end = message.LastIndexOf("' is ", StringComparison.Ordinal);
        if (message.StartsWith('\'') && end > 0)
        {
            message = "'" + Echo.Value(message[1..end]) + message[end..];
        }

        return string.Concat(message.Select(c => char.IsControl(c) ? " " : c.ToString()));
    }

    private static byte? PreviousNonSpace(JsonLineMap lines, long offset)
    {
        for (long i = offset - 1; i >= 0; i--)
        {
            byte? b = lines.ByteAt(i);
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return null;
    }
}
