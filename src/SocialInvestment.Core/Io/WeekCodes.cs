using System.Buffers.Binary;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The benefit codes met in one piece of a weeks file, numbered in the order met, each with its text made once, and
/// what the contract says of it: whether it maps the code, and the degree of a week without one of its own (DK2). A DREAM
/// extract has hundreds of millions of cells and tens of codes, so a cell is matched by its bytes: against the cell
/// before, then (codes of up to seven bytes, as DREAM's are) as one 64-bit number, else by its text.
/// </summary>
internal sealed class WeekCodes
{
    private readonly Contract _contract;
    private readonly Dictionary<ulong, int> _short = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _long;
    private readonly List<string> _texts = [];
    private readonly List<bool> _mapped = [];
    private readonly List<Degree> _degrees = [];
    private readonly byte[] _last = new byte[8];
    private int _lastLength = -1;
    private int _lastId;

    internal WeekCodes(Contract contract)
    {
        _contract = contract;
        _long = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many codes were met.</summary>
    internal int Count => _texts.Count;

    /// <summary>The number of the code in a cell, which is not empty.</summary>
    internal int IdOf(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == _lastLength && utf8.SequenceEqual(_last.AsSpan(0, _lastLength)))
        {
            return _lastId;
        }

        int id;
        if (utf8.Length <= 7)
        {
            Span<byte> packed = stackalloc byte[8];
            packed.Clear();
            utf8.CopyTo(packed);
            packed[7] = (byte)utf8.Length;
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(packed);
            if (!_short.TryGetValue(key, out id))
            {
                id = Add(Encoding.UTF8.GetString(utf8));
                _short.Add(key, id);
            }

            utf8.CopyTo(_last);
            _lastLength = utf8.Length;
            _lastId = id;
            return id;
        }

        id = IdOfLong(utf8);
        _lastLength = -1;
        return id;
    }

    /// <summary>The code's text.</summary>
    internal string Text(int id) => _texts[id];

    /// <summary>The input error for a code the contract does not map (<see cref="UnmappedBenefitCode"/>).</summary>
    internal string NotMapped(int id) => UnmappedBenefitCode.Message(_contract, _texts[id]);

    /// <summary>Whether the contract maps the code (or takes unknown codes).</summary>
    internal bool IsMapped(int id) => _mapped[id];

    /// <summary>The degree of a week of the code: <see cref="Contract.DegreeOf"/>, the contract's answer for a week without a degree of its own kept once a code.</summary>
    /// <param name="id">The code's number.</param>
    /// <param name="own">The week's own degree (a long file's <c>degree</c> cell); null where it has none.</param>
    internal Degree DegreeOf(int id, Degree? own = null) => own is null ? _degrees[id] : _contract.DegreeOf(_texts[id], own);

    private int IdOfLong(ReadOnlySpan<byte> utf8)
    {
        const int MostOnStack = 256;
        int most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = most > MostOnStack ? new char[most] : null;
        Span<char> chars = rented ?? stackalloc char[MostOnStack];
        ReadOnlySpan<char> text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_long.TryGetValue(text, out int id))
        {
            return id;
        }

        string made = text.ToString();
        id = Add(made);
        _long.Dictionary.Add(made, id);
        return id;
    }

    private int Add(string text)
    {
        _texts.Add(text);
        _mapped.Add(_contract.ClassOf(text) is not null);
        _degrees.Add(_contract.DegreeOf(text));
        return _texts.Count - 1;
    }
}
