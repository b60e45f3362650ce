using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The dates a participant met the contract's triggers, as day numbers indexed by trigger (a million participants need a
/// million of these, so no dictionary each). Read as trigger id → date, for the triggers met only, in contract order.
/// A struct, held inside the participant's outcome, with the days of up to <see cref="InlineCount"/> triggers inside it:
/// the outcome is then the participant's only object for the collector to trace and move, and only a caller that reads
/// the dates as a dictionary (<see cref="ParticipantOutcome.MetOn"/>) boxes them.
/// </summary>
internal readonly struct TriggerDates : IReadOnlyDictionary<string, LocalDate>
{
    /// <summary>Up to this many triggers' days are held inside the struct; a contract with more keeps them in an array.</summary>
    internal const int InlineCount = 8;

    private const int NotMet = int.MinValue;
    private readonly Contract _contract;
    private readonly InlineDays _inline;
    private readonly int[]? _array;
    private readonly int _length;

    /// <param name="contract">The contract whose triggers these are.</param>
    /// <param name="met">For each trigger in contract order, the date it was met, or null.</param>
    private TriggerDates(Contract contract, ReadOnlySpan<LocalDate?> met)
    {
        _contract = contract;
        _length = met.Length;
        _array = met.Length <= InlineCount ? null : new int[met.Length];
        Span<int> days = _array ?? ((Span<int>)_inline)[..met.Length];
        for (int t = 0; t < days.Length; t++)
        {
            days[t] = met[t] is { } date ? DayNumber.Of(date) : NotMet;
        }
    }

    public int Count
    {
        get
        {
            int count = 0;
            foreach (int day in Days)
            {
                if (day != NotMet)
                {
                    count++;
                }
            }

            return count;
        }
    }

    public IEnumerable<string> Keys => Pairs().Select(pair => pair.Key);

    public IEnumerable<LocalDate> Values => Pairs().Select(pair => pair.Value);

    public LocalDate this[string key] => TryGetValue(key, out LocalDate date) ? date : throw new KeyNotFoundException($"Trigger '{key}' was not met.");

    /// <summary>For each trigger in contract order, the day number it was met, or <see cref="NotMet"/>.</summary>
    [UnscopedRef]
    private ReadOnlySpan<int> Days => _array ?? ((ReadOnlySpan<int>)_inline)[.._length];

    /// <summary>Makes the dates from <paramref name="met"/>: for each trigger in contract order, its date or null.</summary>
    internal static TriggerDates Of(Contract contract, ReadOnlySpan<LocalDate?> met) => new(contract, met);

    /// <summary>The day number on which the trigger at <paramref name="ordinal"/> was met; only where <see cref="IsMet"/>.</summary>
    internal int DayOf(int ordinal) => Days[ordinal];

    /// <summary>Whether the trigger at <paramref name="ordinal"/> (contract order) was met.</summary>
    internal bool IsMet(int ordinal) => Days[ordinal] != NotMet;

    public bool ContainsKey(string key) => _contract.TriggerOrdinal(key) is int t && IsMet(t);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out LocalDate value)
    {
        if (_contract.TriggerOrdinal(key) is int t && IsMet(t))
        {
            value = DayNumber.ToDate(DayOf(t));
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, LocalDate>> GetEnumerator() => Pairs().GetEnumerator();

    /// <summary>The triggers met and their dates, in contract order.</summary>
    private IEnumerable<KeyValuePair<string, LocalDate>> Pairs() => Pairs(_contract, Days.ToArray());

    private static IEnumerable<KeyValuePair<string, LocalDate>> Pairs(Contract contract, int[] days)
    {
        for (int t = 0; t < days.Length; t++)
        {
            if (days[t] != NotMet)
            {
                yield return KeyValuePair.Create(contract.Triggers[t].Id, DayNumber.ToDate(days[t]));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Room for <see cref="InlineCount"/> day numbers inside the struct.</summary>
    [InlineArray(InlineCount)]
    private struct InlineDays
    {
        private int _first;
    }
}
