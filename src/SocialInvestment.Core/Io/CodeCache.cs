using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The strings of a column with few distinct values (benefit codes, outcome codes), each made once: a field is matched
/// by its UTF-8 bytes against the values seen, so ten million rows make a handful of strings.
/// </summary>
internal sealed class CodeCache
{
    private const int MostKept = 256;
    private readonly List<(byte[] Utf8, string Text)> _seen = [];

    /// <summary>The field's text: a string seen before where the bytes match, else a new one (kept for next time).</summary>
    internal string Get(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _seen)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return text;
            }
        }

        string made = Encoding.UTF8.GetString(utf8);
        if (_seen.Count < MostKept)
        {
            _seen.Add((utf8.ToArray(), made));
        }

        return made;
    }
}
