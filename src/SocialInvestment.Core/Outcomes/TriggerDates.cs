using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The dates a participant met the contract's triggers, as one array indexed by trigger (a million participants need a
/// million of these, so no dictionary each). Read as trigger id → date, for the triggers met only, in contract order.
/// A struct, held inside the participant's outcome: the array is then the only object of the dates, and only a caller
/// that reads them as a dictionary (<see cref="ParticipantOutcome.MetOn"/>) boxes them.
/// </summary>
internal readonly struct TriggerDates : IReadOnlyDictionary<string, LocalDate>
{
    private const int NotMet = int.MinValue;
    private readonly Contract _contract;
    private readonly int[] _days;

    /// <param name="contract">The contract whose triggers these are.</param>
    /// <param name="days">For each trigger in contract order, the day number it was met, or <see cref="int.MinValue"/>.</param>
    private TriggerDates(Contract contract, int[] days)
    {
        _contract = contract;
        _days = days;
    }

    public int Count
    {
        get
        {
            int count = 0;
            foreach (int day in _days)
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

    /// <summary>Makes the dates from <paramref name="met"/>: for each trigger in contract order, its date or null.</summary>
    internal static TriggerDates Of(Contract contract, ReadOnlySpan<LocalDate?> met)
    {
        var days = new int[met.Length];
        for (int t = 0; t < days.Length; t++)
        {
            days[t] = met[t] is { } date ? DayNumber.Of(date) : NotMet;
        }

        return new TriggerDates(contract, days);
    }

    /// <summary>The day number on which the trigger at <paramref name="ordinal"/> was met; only where <see cref="IsMet"/>.</summary>
    internal int DayOf(int ordinal) => _days[ordinal];

    /// <summary>Whether the trigger at <paramref name="ordinal"/> (contract order) was met.</summary>
    internal bool IsMet(int ordinal) => _days[ordinal] != NotMet;

    public bool ContainsKey(string key) => _contract.TriggerOrdinal(key) is int t && _days[t] != NotMet;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out LocalDate value)
    {
        if (_contract.TriggerOrdinal(key) is int t && _days[t] != NotMet)
        {
            value = DayNumber.ToDate(_days[t]);
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, LocalDate>> GetEnumerator() => Pairs().GetEnumerator();

    /// <summary>The triggers met and their dates, in contract order.</summary>
    private IEnumerable<KeyValuePair<string, LocalDate>> Pairs() => Pairs(_contract, _days);

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
}
