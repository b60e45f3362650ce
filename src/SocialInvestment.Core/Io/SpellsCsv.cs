using System.Runtime.CompilerServices;

namespace SocialInvestment.Io;

/// <summary>Reads spells.csv (SPEC §2): one row per benefit spell.</summary>
/// <remarks>
/// Columns: <c>participant_id</c> or <c>cpr</c>, <c>benefit</c>, <c>from</c>; optional <c>to</c> (empty: ongoing) and
/// <c>degree</c> (in (0, 1]). A row without a degree of its own (no column, or an empty cell) gets the degree the contract
/// gives its code, else 1 (<see cref="Contract.DegreeOf"/>), and the spells read carry the degree so resolved. Rows of
/// people outside the cohort are checked for form, then skipped and counted; only the cohort's benefit codes must be
/// mapped by the contract.
/// </remarks>
public static class SpellsCsv
{
    private static readonly CsvColumn[] Required = [CsvColumns.Benefit, CsvColumns.From];
    private static readonly CsvColumn[] Optional = [CsvColumns.To, CsvColumns.Degree];

    /// <summary>Reads the spells of the cohort, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="contract">The contract whose <c>benefits</c> must map each code of the cohort's rows, and which gives the degree of a row without one.</param>
    /// <param name="cohort">The participants of participants.csv; other people's rows are skipped.</param>
    /// <param name="key">The pseudonym key; required where the file has a <c>cpr</c> column.</param>
    /// <param name="options">How to read (a large file is read on every core by default); never what is read.</param>
    /// <returns>The cohort's spells in file order and the number of rows skipped, or the errors.</returns>
    public static ReadResult<InputRows<BenefitSpell>> Read(
        Stream stream, string fileName, Contract contract, IReadOnlySet<ParticipantId> cohort, PseudonymKey? key = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cohort);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: true, options ?? ReadOptions.Default);
        if (input is null)
        {
            return errors.Result(() => new InputRows<BenefitSpell>([], 0));
        }

        var identity = new RowIdentity(input, key, errors);
        var shared = new BulkAccess.SharedSpellRows();
        var members = CohortLookup.Of(cohort);
        Part[] parts = CsvPieces.TryRead(
                stream, input, errors, options ?? ReadOptions.Default, (piece, pieceErrors) => ReadRows(piece, pieceErrors, new RowIdentity(piece, key), contract, members, RowsOf(piece, shared)))
            ?? [ReadRows(input, errors, identity, contract, members, new BulkAccess.SpellRows())];
        var rows = new BulkAccess.SpellRows[parts.Length];
        int skipped = 0;
        for (int p = 0; p < parts.Length; p++)
        {
            rows[p] = parts[p].Spells;
            skipped += parts[p].Skipped;
        }

        return errors.Result(() => new InputRows<BenefitSpell>(BulkAccess.Spells(rows), skipped));
    }

    /// <summary>
    /// Where a piece's rows go: its slice of the array all pieces share (a row a line at most), else blocks of its own.
    /// Compact records, not an object a row: an export of ten million rows is one array (read as BenefitSpells on demand).
    /// </summary>
    private static BulkAccess.SpellRows RowsOf(CsvInput piece, BulkAccess.SharedSpellRows shared) =>
        piece.Room is { } room ? shared.Slice(room.First, room.Count, room.Total) : new BulkAccess.SpellRows();

    private static Part ReadRows(CsvInput input, ErrorCollector errors, RowIdentity identity, Contract contract, CohortLookup cohort, BulkAccess.SpellRows spells)
    {
        var state = new RowsState(contract, cohort);
        while (ReadBatch(input, errors, identity, contract, spells, state))
        {
        }

        return new Part(spells, state.Skipped);
    }

    /// <summary>
    /// Reads up to <see cref="CsvInput.RowsPerCall"/> rows; false at the end of the piece. The rows are read in batches so that the
    /// runtime sees the loop as called often: a long file's loop is then compiled again fully, inlining across
    /// assemblies, as the precompiled image cannot (a call of a whole piece would run its precompiled code to the end).
    /// </summary>
    private static bool ReadBatch(CsvInput input, ErrorCollector errors, RowIdentity identity, Contract contract, BulkAccess.SpellRows spells, RowsState state)
    {
        CodeCache codes = state.Codes;
        CodeFacts facts = state.Facts;
        CohortLookup.Cursor members = state.Members;
        ParticipantId? lastId = state.LastId;
        ParticipantId lastMemberId = state.LastMemberId;
        bool lastMember = state.LastMember;
        int skipped = state.Skipped;
        bool more = false;
        for (int row = 0; row < CsvInput.RowsPerCall && (more = input.ReadRow()); row++)
        {
            int before = errors.Count;
            identity.TryRead(out ParticipantId? id, out _);
            string benefit = codes.Get(input.GetUtf8(CsvColumns.Benefit), out int code);
            if (benefit.Length == 0)
            {
                input.Expected(CsvColumns.Benefit, "a benefit code", benefit);
            }

            bool hasFrom = input.TryRequiredDay(CsvColumns.From, out int fromDay);

            // A date that cannot be read gives an ongoing spell, which no first day comes after.
            input.TryOptionalDay(CsvColumns.To, BulkAccess.OngoingDay, out int toDay);

            decimal degree = input.TryOwnDegree(CsvColumns.Degree, out decimal own) ? own : facts.ValueOf(code, benefit);
            if (hasFrom && toDay < fromDay)
            {
                EndsBeforeItStarts(input, fromDay, toDay);
            }

            // A person's rows come together: the last answer holds while the id does.
            if (id != lastId)
            {
                lastId = id;
                lastMember = id is { } who && members.TryFind(who, out lastMemberId);
            }

            bool member = lastMember;
            if (member && benefit.Length > 0 && !facts.IsMapped(code, benefit))
            {
                input.Error(CsvColumns.Benefit, UnmappedBenefitCode.Message(contract, benefit));
            }

            if (errors.Count != before || id is null)
            {
                continue;
            }

            if (member)
            {
                spells.Add(lastMemberId, benefit, code, fromDay, toDay, degree);
            }
            else
            {
                skipped++;
            }
        }

        state.Members = members;
        state.LastId = lastId;
        state.LastMemberId = lastMemberId;
        state.LastMember = lastMember;
        state.Skipped = skipped;
        return more;
    }

    /// <summary>Reports a spell whose last day (<c>to</c>) comes before its first (<c>from</c>): a call, out of the row loop's code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EndsBeforeItStarts(CsvInput input, int fromDay, int toDay) =>
        input.Error(CsvColumns.To, $"the spell's last day {TextValues.Format(BulkAccess.DateOf(toDay))} is before its first day {TextValues.Format(BulkAccess.DateOf(fromDay))} (from)");

    /// <summary>
    /// Writes spells in a dialect that <see cref="Read"/> reads back as they were; a spell without a degree of its own has
    /// an empty degree cell, which is read back as the contract's degree for its code.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="spells">The spells, in the order to write them.</param>
    /// <param name="dialect">The dialect.</param>
    /// <exception cref="ArgumentException">A benefit code begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which a spreadsheet opening the file would run as a formula.</exception>
    public static void Write(Stream stream, IEnumerable<BenefitSpell> spells, InputDialect dialect = InputDialect.Standard)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(spells);
        using var csv = new InputCsvWriter(stream, dialect);
        csv.Header(["participant_id", "benefit", "from", "to", "degree"], ["deltager_id", "ydelse", "Ydelse startdato", "Ydelse slutdato", "grad"]);
        foreach (BenefitSpell spell in spells)
        {
            csv.Text(spell.ParticipantId.Value, "participant_id");
            csv.Text(spell.BenefitCode, "benefit");
            csv.Date(spell.From);
            csv.Date(spell.To);
            csv.Decimal(spell.Degree?.Value);
            csv.EndRecord();
        }
    }

    /// <summary>
    /// What the contract says of each benefit code a reader has met (<see cref="Contract.DegreeOf"/>, whether
    /// <see cref="Contract.ClassOf"/> maps it), asked once per code by the code's number in the reader's
    /// <see cref="CodeCache"/> instead of two dictionary look-ups a row.
    /// </summary>
    private sealed class CodeFacts(Contract contract)
    {
        private readonly bool[] _known = new bool[CodeCache.MostKept];
        private readonly bool[] _mapped = new bool[CodeCache.MostKept];
        private readonly decimal[] _values = new decimal[CodeCache.MostKept];

        /// <summary>The degree's value of a row of code <paramref name="benefit"/> (numbered <paramref name="code"/>, −1: not kept) without one of its own.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal decimal ValueOf(int code, string benefit) => Known(code) ? _values[code] : Learn(code, benefit).Value;

        /// <summary>Whether the contract maps <paramref name="benefit"/> (numbered <paramref name="code"/>, −1: not kept).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool IsMapped(int code, string benefit) => Known(code) ? _mapped[code] : Learn(code, benefit).Mapped;

        private bool Known(int code) => code >= 0 && _known[code];

        /// <summary>Asks the contract of a code not known yet, and keeps the answer where the code is numbered.</summary>
        private (decimal Value, bool Mapped) Learn(int code, string benefit)
        {
            decimal value = contract.DegreeOf(benefit).Value;
            bool mapped = contract.ClassOf(benefit) is not null;
            if (code >= 0)
            {
                _values[code] = value;
                _mapped[code] = mapped;
                _known[code] = true;
            }

            return (value, mapped);
        }
    }

    /// <summary>What one piece of the file gave.</summary>
    private readonly record struct Part(BulkAccess.SpellRows Spells, int Skipped);

    /// <summary>What a piece's row loop carries from one batch of rows to the next.</summary>
    private sealed class RowsState(Contract contract, CohortLookup cohort)
    {
        internal CodeCache Codes { get; } = new();

        internal CodeFacts Facts { get; } = new(contract);

        internal CohortLookup.Cursor Members { get; set; } = cohort.Start();

        internal ParticipantId? LastId { get; set; }

        internal ParticipantId LastMemberId { get; set; }

        internal bool LastMember { get; set; }

        internal int Skipped { get; set; }
    }
}
