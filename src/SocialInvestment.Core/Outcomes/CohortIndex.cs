namespace SocialInvestment;

/// <summary>
/// Finds a participant's place in the cohort sorted by id (code points), for rows that name participants. Input files
/// usually list people in that same order, so each lookup first tries the place after the last one found, then whether
/// the id falls between two neighbouring cohort ids (then it is no member), and only then searches: a million rows cost
/// a million comparisons of neighbours instead of a million hash lookups in a table of a million ids.
/// </summary>
internal sealed class CohortIndex
{
    private readonly Participant[] _sorted;

    private CohortIndex(Participant[] sorted) => _sorted = sorted;

    /// <summary>The number of participants.</summary>
    internal int Count => _sorted.Length;

    /// <summary>The index of <paramref name="sorted"/>, which must be sorted by id.</summary>
    /// <exception cref="ArgumentException">A participant id is duplicated (the smallest such id is named, masked).</exception>
    internal static CohortIndex Of(Participant[] sorted, string paramName)
    {
        for (int i = 1; i < sorted.Length; i++)
        {
            // Sorted, so a duplicate is next to its twin. The message is masked: an id may be a CPR number.
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException($"Participant '{Echo.Value(sorted[i].Id.Value)}' appears twice.", paramName);
            }
        }

        return new CohortIndex(sorted);
    }

    /// <summary>
    /// The index of <paramref name="id"/> in the cohort, or −1 for someone outside it. <paramref name="hint"/> is where
    /// the walk expects the next id (start at 0): it is moved past each id found.
    /// </summary>
    internal int IndexOf(ParticipantId id, ref int hint)
    {
        Participant[] sorted = _sorted;
        if ((uint)hint <= (uint)sorted.Length)
        {
            // The next participant, or the last one found again (rows of one person one after another).
            int order = hint < sorted.Length ? id.CompareTo(sorted[hint].Id) : -1;
            if (order == 0)
            {
                return hint++;
            }

            int previous = hint == 0 ? 1 : id.CompareTo(sorted[hint - 1].Id);
            if (previous == 0)
            {
                return hint - 1;
            }

            // Between two neighbours of the sorted cohort (or before the first, or after the last): no member.
            if (order < 0 && previous > 0)
            {
                return -1;
            }
        }

        int found = sorted.AsSpan().BinarySearch(new IdOf(id));
        hint = found >= 0 ? found + 1 : ~found;
        return found >= 0 ? found : -1;
    }

    /// <summary>Compares a participant's id with an id, for the search.</summary>
    private readonly struct IdOf(ParticipantId id) : IComparable<Participant>
    {
        public int CompareTo(Participant? other) => id.CompareTo(other!.Id);
    }
}
