using System.Runtime.CompilerServices;

namespace SocialInvestment.Io;

/// <summary>
/// Reads who a row is about: a <c>participant_id</c>, or a <c>cpr</c> turned into its pseudonym with the key (SPEC §9).
/// A CPR number's value is never put in a message.
/// </summary>
internal sealed class RowIdentity
{
    /// <summary>What an id field expects, for messages.</summary>
    internal const string IdForm = "an id of 1-64 characters A-Z a-z 0-9 _ - .";

    private readonly CsvInput _input;
    private readonly PseudonymKey? _key;

    // Exports list a person's rows together: the last field read and what it gave are kept, so that a repeated id or
    // CPR number is neither validated nor hashed again.
    private readonly PreviousField _lastField = new(ParticipantId.MaxLength * 4);
    private ParticipantId? _lastId;
    private Cpr _lastCpr;

    // The 0-based field of Column (−1: none), asked once instead of by its column on every row.
    private readonly int _field;

    /// <summary>Reads identities from <paramref name="input"/>; a cpr column without a key is one error, at the header.</summary>
    internal RowIdentity(CsvInput input, PseudonymKey? key, ErrorCollector errors)
        : this(input, key)
    {
        if (UsesCpr && key is null)
        {
            errors.Add(
                input.HeaderLine,
                input.ColumnOf(CsvColumns.Cpr),
                "cpr: a file with CPR numbers needs a pseudonym key: give a key file with --pseudonym-key (CPR numbers are only used as keyed pseudonyms)");
        }
    }

    /// <summary>Reads identities from a piece of a file whose header was checked already.</summary>
    internal RowIdentity(CsvInput input, PseudonymKey? key)
    {
        _input = input;
        _key = key;
        UsesCpr = input.Has(CsvColumns.Cpr);
        _field = input.ColumnOf(Column) - 1;
    }

    /// <summary>Whether rows name people by CPR number.</summary>
    internal bool UsesCpr { get; }

    /// <summary>The column that names people.</summary>
    internal CsvColumn Column => UsesCpr ? CsvColumns.Cpr : _input.IdColumn;

    /// <summary>
    /// Reads the current row's person. False, with the error reported, where the field is malformed. Otherwise
    /// <paramref name="id"/> is the id or pseudonym (null where a CPR was read without a key) and <paramref name="cpr"/>
    /// the CPR number where the file has them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryRead(out ParticipantId? id, out Cpr cpr)
    {
        ReadOnlySpan<byte> field = _field >= 0 ? _input.GetUtf8(_field) : default;
        if (_lastField.Is(field))
        {
            id = _lastId;
            cpr = _lastCpr;
            return true;
        }

        return TryReadNew(field, out id, out cpr);
    }

    /// <summary><see cref="TryRead"/> for a field other than the row before's.</summary>
    private bool TryReadNew(ReadOnlySpan<byte> field, out ParticipantId? id, out Cpr cpr)
    {
        if (!TryReadUncached(out id, out cpr))
        {
            return false;
        }

        _lastField.Keep(field);
        _lastId = id;
        _lastCpr = cpr;

        return true;
    }

    /// <summary>
    /// What tells the current row's person apart from others, once <see cref="TryRead"/> read it: an id's text, or a CPR
    /// number's ten digits without the hyphen (so that both forms are one person, with or without a key). Valid until
    /// the next row; never to be shown.
    /// </summary>
    /// <param name="buffer">Room for ten bytes, for a CPR number's digits.</param>
    internal ReadOnlySpan<byte> PersonKey(Span<byte> buffer)
    {
        ReadOnlySpan<byte> field = _input.GetUtf8(Column);
        if (!UsesCpr || field.Length != 11)
        {
            return field;
        }

        field[..6].CopyTo(buffer);
        field[7..].CopyTo(buffer[6..]);
        return buffer[..10];
    }

    private bool TryReadUncached(out ParticipantId? id, out Cpr cpr)
    {
        id = null;
        cpr = default;
        if (!UsesCpr)
        {
            if (!TryReadId(_input, _input.IdColumn, out ParticipantId value))
            {
                return false;
            }

            id = value;
            return true;
        }

        // Never echo the field: it may be a CPR number, whole or mistyped. Cpr's problems hold none of the digits.
        if (!Cpr.TryParse(_input.Get(CsvColumns.Cpr), out cpr, out string problem))
        {
            _input.Error(CsvColumns.Cpr, problem);
            return false;
        }

        id = _key?.Pseudonymize(cpr);
        return true;
    }

    /// <summary>
    /// Reads an id field (participant ids, payment ids): 1–64 characters of <c>A-Z a-z 0-9 _ - .</c>, not beginning with
    /// <c>-</c> (<see cref="IdRule"/>). For participant ids
    /// a value that is a valid CPR number is refused too, so that a CPR number put in the wrong column is never written out.
    /// </summary>
    internal static bool TryReadId(CsvInput input, CsvColumn column, out ParticipantId id)
    {
        id = default;
        string text = input.Get(column);
        if (!ParticipantId.IsValid(text))
        {
            input.Expected(column, IdRule.Expected(text, IdForm), text);
            return false;
        }

        if ((column == CsvColumns.ParticipantId || column == input.IdColumn) && Cpr.TryParse(text, out _, out _))
        {
            input.Error(column, "this looks like a CPR number; put CPR numbers in a cpr column and give a --pseudonym-key file");
            return false;
        }

        id = BulkAccess.IdOfValid(text);
        return true;
    }
}
