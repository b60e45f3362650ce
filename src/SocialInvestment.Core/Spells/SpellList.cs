using System.Collections;

namespace SocialInvestment;

/// <summary>
/// The spells of a <see cref="SpellStore"/> read as a list of <see cref="BenefitSpell"/>s, each made on access; a
/// settlement given this list uses the store itself and makes none.
/// </summary>
internal sealed class SpellList(SpellStore store) : IReadOnlyList<BenefitSpell>
{
    internal SpellStore Store { get; } = store;

    public int Count => Store.Count;

    public BenefitSpell this[int index] =>
        index >= 0 && index < Store.Count ? Store.Spell(index, Store.RunOf(index)) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<BenefitSpell> GetEnumerator()
    {
        int run = 0;
        for (int i = 0; i < Store.Count; i++)
        {
            while (run + 1 < Store.People.Count && Store.RunStart[run + 1] <= i)
            {
                run++;
            }

            yield return Store.Spell(i, run);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
