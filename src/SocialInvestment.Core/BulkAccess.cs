using System.Runtime.CompilerServices;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The one internal door through which the <c>Io</c> namespace reaches the domain, kept for speed: everything else
/// that Io uses is the domain's public API. At national scale (ten million spell rows, millions of lines) an object a row
/// is too slow and too large, so Io reads and writes the compact forms through this door, and only these:
/// <list type="bullet">
/// <item>spell rows gathered straight into compact records (<see cref="SpellRows"/>, joined by <see cref="Spells"/>);</item>
/// <item>a settlement's lines read straight from their compact records (<see cref="TryCompact"/>, <see cref="CompactLines"/>,
/// <see cref="LineCursor"/>), with the date of a line's day number (<see cref="DateOf"/>);</item>
/// <item>a row's participant found in the sorted cohort by a walk alongside the file (<see cref="IndexOfSorted"/>), its id
/// made from a field the reader has checked without checking it again (<see cref="IdOfValid"/>);</item>
/// <item>monthly employment rates gathered straight into their compact store, a piece of a file on each core
/// (<see cref="RateRows"/>, joined by <see cref="EmploymentRates"/>).</item>
/// </list>
/// </summary>
/// <remarks>
/// The layering tests (tests/SocialInvestment.Core.Tests/Architecture) fail when Io uses any other internal of the
/// domain, or the domain uses Io. A new need of Io is met by the public API where it can be, and added here where speed
/// asks for it.
/// </remarks>
internal static class BulkAccess
{
    /// <summary>The spells of the parts as one list, in the parts' order; each spell is made on access.</summary>
    /// <param name="parts">The pieces of a file, in file order (a person's rows may go on from one piece into the next).</param>
    internal static IReadOnlyList<BenefitSpell> Spells(IEnumerable<SpellRows> parts) =>
        new SpellList(SpellStoreBuilder.Build([.. parts.Select(p => p.Builder)]));

    /// <summary>The employment rates of the parts as one <see cref="SocialInvestment.EmploymentRates"/>, its known months those of the parts.</summary>
    /// <param name="months">The month of each rate column, as the parts were made with.</param>
    /// <param name="parts">The pieces of a file, in file order.</param>
    internal static EmploymentRates EmploymentRates(IReadOnlyList<YearMonth> months, IEnumerable<RateRows> parts) =>
        new(SocialInvestment.EmploymentRates.KnownMonths(months), EmploymentRateStore.Builder.Join([.. parts.Select(p => p.Builder)]));

    /// <summary>The id of <paramref name="value"/>, which <see cref="ParticipantId.IsValid"/> has just accepted (a million new people's ids are checked once).</summary>
    internal static ParticipantId IdOfValid(string value) => ParticipantId.FromValid(value);

    /// <summary>
    /// The index of <paramref name="id"/> in <paramref name="sorted"/> (ids ascending by code point), or −1, by a walk
    /// alongside a file's rows (<see cref="SortedIds.IndexOf"/>): the cohort of a file of millions of rows.
    /// </summary>
    internal static int IndexOfSorted(ReadOnlySpan<ParticipantId> sorted, ParticipantId id, ref int next) => SortedIds.IndexOf(sorted, id, ref next);

    /// <summary>Whether <paramref name="lines"/> are a settlement's lines in compact form, and if so that form.</summary>
    internal static bool TryCompact(IEnumerable<SettlementLine> lines, out CompactLines compact)
    {
        compact = lines is LineTable table ? new CompactLines(table) : default;
        return lines is LineTable;
    }

    /// <summary>The date of a day number (days since 0001-01-01), as a <see cref="CompactLine"/> gives it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LocalDate DateOf(int dayNumber) => DayNumber.ToDate(dayNumber);

    /// <summary>The day number (days since 0001-01-01) of a date, as a spell's compact record holds it (<see cref="DateOf"/> turns it back).</summary>
    internal static int DayNumberOf(LocalDate date) => DayNumber.Of(date);

    /// <summary>The last day number of an ongoing spell's compact record.</summary>
    internal const int OngoingDay = SpellRecord.Open;

    /// <summary>Spell rows of one piece of a file, kept as compact records; a person's rows come together.</summary>
    internal sealed class SpellRows
    {
        /// <summary>Rows gathered in blocks of their own.</summary>
        internal SpellRows()
            : this(new SpellStoreBuilder())
        {
        }

        internal SpellRows(SpellStoreBuilder builder) => Builder = builder;

        internal SpellStoreBuilder Builder { get; }

        /// <summary>Adds a row of a spell already checked (SPEC §2: <paramref name="to"/> null for an ongoing spell, never before <paramref name="from"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(ParticipantId id, string benefitCode, LocalDate from, LocalDate? to, Degree degree) => Builder.Add(id, benefitCode, from, to, degree);

        /// <summary>
        /// Adds a row of a spell already checked by its record's values: <paramref name="fromDay"/> and
        /// <paramref name="toDay"/> day numbers (<see cref="DayNumberOf"/>; <see cref="OngoingDay"/>: ongoing, else never
        /// before <paramref name="fromDay"/>), <paramref name="degree"/> a degree's value (in (0, 1]);
        /// <paramref name="codeNumber"/> the reader's own number for the code (the same for each of its rows, below
        /// <see cref="SpellStoreBuilder.MostCodeNumbers"/>), or −1.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(ParticipantId id, string benefitCode, int codeNumber, int fromDay, int toDay, decimal degree) => Builder.Add(id, benefitCode, codeNumber, fromDay, toDay, degree);
    }

    /// <summary>
    /// The spell rows of a file read in pieces, each piece's rows written straight into its own slice of one array, so
    /// that joining the pieces copies nothing into a new array (<see cref="SpellStoreBuilder"/>).
    /// </summary>
    internal sealed class SharedSpellRows
    {
        private readonly Lock _gate = new();
        private SpellRecord[]? _rows;

        /// <summary>
        /// The rows of the piece whose rows are numbered <c>first … first + room − 1</c> of <paramref name="total"/>
        /// (the same for every piece); more rows than <paramref name="room"/> still fit, at some cost.
        /// </summary>
        internal SpellRows Slice(int first, int room, int total)
        {
            lock (_gate)
            {
                _rows ??= SpellStoreBuilder.SharedArray(total);
            }

            return new SpellRows(SpellStoreBuilder.InSlice(_rows, first, room));
        }
    }

    /// <summary>The employment rates of one piece of a file, kept in the compact store's form; give them one person after another.</summary>
    internal sealed class RateRows
    {
        /// <summary>For each rate column, the index of its month among the known months.</summary>
        private readonly int[] _known;

        /// <param name="months">The month of each rate column, in the file's order.</param>
        internal RateRows(IReadOnlyList<YearMonth> months)
        {
            YearMonth[] known = SocialInvestment.EmploymentRates.KnownMonths(months);
            _known = [.. months.Select(m => Array.BinarySearch(known, m))];
            Builder = new EmploymentRateStore.Builder(known.Length);
        }

        internal EmploymentRateStore.Builder Builder { get; }

        /// <summary>Sets a person's rate (above 0, at most 1) in the months of <paramref name="count"/> rate columns from <paramref name="column"/> on.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(ParticipantId id, int column, int count, decimal rate) => Builder.Add(id, _known.AsSpan(column, count), rate);
    }

    /// <summary>A settlement's lines in SPEC §8 order, as ranks into sorted id tables, day numbers and hundredths.</summary>
    internal readonly struct CompactLines
    {
        private readonly LineTable _table;

        internal CompactLines(LineTable table) => _table = table;

        /// <summary>Participant ids by rank (code point order).</summary>
        internal ParticipantId[] Participants => _table.Participants;

        /// <summary>Payment ids by rank.</summary>
        internal string[] Payments => _table.Payments;

        /// <summary>Periods by rank: <c>-</c>, <c>yyyy-MM</c>, or what a ledger names.</summary>
        internal string[] Periods => _table.Periods;

        /// <summary>The number of lines.</summary>
        internal int Count => _table.Count;

        /// <summary>A cursor on the line at <paramref name="index"/> (SPEC order), to read it and the lines after it in turn.</summary>
        internal LineCursor At(int index) => new(_table.At(index));
    }

    /// <summary>Reads compact lines in SPEC order from a position on.</summary>
    internal struct LineCursor
    {
        private LineTable.Cursor _cursor;

        internal LineCursor(LineTable.Cursor cursor) => _cursor = cursor;

        /// <summary>The line's key as ranks, its day number and its amount in hundredths, read in one access.</summary>
        internal readonly CompactLine Line
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                ref readonly LineRecord record = ref _cursor.Record;
                return new CompactLine(record.Participant, record.Payment, record.Period, record.Date, record.Amount);
            }
        }

        /// <summary>What is payable of the line after the caps, in hundredths.</summary>
        internal readonly long Payable
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _cursor.Payable;
        }

        /// <summary>What the ledger says was paid before for the line, in hundredths.</summary>
        internal readonly long PaidBefore
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _cursor.PaidBefore;
        }

        /// <summary>Moves to the next line.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Next() => _cursor.Next();
    }

    /// <summary>One line in compact form.</summary>
    /// <param name="Participant">The participant's rank in <see cref="CompactLines.Participants"/>.</param>
    /// <param name="Payment">The payment's rank in <see cref="CompactLines.Payments"/>.</param>
    /// <param name="Period">The period's rank in <see cref="CompactLines.Periods"/>.</param>
    /// <param name="Day">The line's date as a day number (<see cref="DateOf"/>).</param>
    /// <param name="Amount">The line's amount, in hundredths.</param>
    internal readonly record struct CompactLine(int Participant, int Payment, int Period, int Day, long Amount);
}
