using System.Diagnostics.CodeAnalysis;

namespace SocialInvestment;

/// <summary>
/// An amount per participant (a gross or municipal saving), read-only and keyed by participant id, over the outcomes'
/// array in id order: a settlement of a million participants fills an array instead of building a hash table that
/// a plain run never reads. Looked up by binary search; enumerated in id order.
/// </summary>
internal sealed class ParticipantAmounts : IReadOnlyDictionary<ParticipantId, Money>
{
    private readonly ParticipantOutcome[] _outcomes;
    private readonly Money[] _amounts;

    /// <param name="outcomes">The outcomes, sorted by participant id, ids unique.</param>
    /// <param name="amounts">The amount of each outcome's participant, by the outcome's index.</param>
    internal ParticipantAmounts(ParticipantOutcome[] outcomes, Money[] amounts)
    {
        Preconditions.CheckArgument(outcomes.Length == amounts.Length, nameof(amounts), "One amount per outcome is needed.");
        _outcomes = outcomes;
        _amounts = amounts;
    }

    /// <inheritdoc/>
    public int Count => _amounts.Length;

    /// <inheritdoc/>
    public IEnumerable<ParticipantId> Keys => _outcomes.Select(o => o.ParticipantId);

    /// <inheritdoc/>
    public IEnumerable<Money> Values => _amounts;

    /// <inheritdoc/>
    public Money this[ParticipantId key] => TryGetValue(key, out Money amount) ? amount : throw new KeyNotFoundException("No such participant.");

    /// <summary>The amount of the participant of outcome <paramref name="index"/>.</summary>
    internal Money At(int index) => _amounts[index];

    /// <summary>The sum of the amounts.</summary>
    internal Money Sum()
    {
        Money sum = Money.Zero;
        foreach (Money amount in _amounts)
        {
            sum += amount;
        }

        return sum;
    }

    /// <inheritdoc/>
    public bool ContainsKey(ParticipantId key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(ParticipantId key, [MaybeNullWhen(false)] out Money value)
    {
        int index = IndexOf(key);
        value = index >= 0 ? _amounts[index] : default;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<ParticipantId, Money>> GetEnumerator()
    {
        for (int i = 0; i < _amounts.Length; i++)
        {
            yield return KeyValuePair.Create(_outcomes[i].ParticipantId, _amounts[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(ParticipantId key) => Math.Max(-1, _outcomes.AsSpan().BinarySearch(new IdOf(key)));

    /// <summary>Compares an outcome's participant id with an id, for the search.</summary>
    private readonly struct IdOf(ParticipantId id) : IComparable<ParticipantOutcome>
    {
        public int CompareTo(ParticipantOutcome? other) => id.CompareTo(other!.ParticipantId);
    }
}
