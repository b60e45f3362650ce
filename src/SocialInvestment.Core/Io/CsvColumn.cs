using System.Globalization;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// A field of an input file and the header names that real exports use for it. Header names match after
/// <see cref="Normalize"/>: trimmed, lower case, with space, underscore and hyphen alike.
/// </summary>
internal sealed class CsvColumn
{
    private static int _made;
    private readonly HashSet<string> _keys;

    internal CsvColumn(string name, params string[] aliases)
    {
        Ordinal = Interlocked.Increment(ref _made) - 1;
        Name = name;
        Aliases = aliases;
        _keys = new HashSet<string>(aliases.Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>
    /// This field's number among all fields, from 0: a file's reader finds a field's column by it in an array, where a
    /// dictionary lookup for each field of each of ten million rows was a sixth of reading spells.csv.
    /// </summary>
    internal int Ordinal { get; }

    /// <summary>The canonical name, as SPEC §2 writes it and as messages name the field.</summary>
    internal string Name { get; }

    /// <summary>The header names accepted, the canonical one first.</summary>
    internal IReadOnlyList<string> Aliases { get; }

    /// <summary>The aliases for a message: <c>participant_id, id, deltager_id</c>.</summary>
    internal string AliasList => string.Join(", ", Aliases);

    /// <summary>Whether a header name (as in the file) names this field.</summary>
    internal bool Matches(string header) => _keys.Contains(Normalize(header));

    /// <summary>A header name as it is matched: NFC, trimmed, lower case (invariant), with <c>' '</c>, <c>'-'</c> as <c>'_'</c>.</summary>
    internal static string Normalize(string header)
    {
        string text = NormalizedOrAsIs(header).Trim().ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is ' ' or '-' ? '_' : c);
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>
    /// The header in NFC; as it is where it holds a noncharacter such as U+FFFE (valid UTF-8, which normalization
    /// refuses): such a name matches no alias either way.
    /// </summary>
    private static string NormalizedOrAsIs(string header)
    {
        try
        {
            return header.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return header;
        }
    }
}
