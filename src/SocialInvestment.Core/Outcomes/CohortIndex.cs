namespace SocialInvestment;

/// <summary>
/// Finds a participant's place in the cohort sorted by id (code points), for rows that name participants, by a walk
/// alongside the rows (<see cref="SortedIds"/>): input files usually list people in that same order.
/// </summary>
internal sealed class CohortIndex
{
    private readonly ParticipantId[] _ids;

    private CohortIndex(ParticipantId[] ids) => _ids = ids;

    /// <summary>The number of participants.</summary>
    internal int Count => _ids.Length;

    /// <summary>The index of <paramref name="sorted"/>, which must be sorted by id.</summary>
    /// <exception cref="ArgumentException">A participant id is duplicated (the smallest such id is named, masked).</exception>
    internal static CohortIndex Of(Participant[] sorted, string paramName)
    {
        var ids = new ParticipantId[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            ids[i] = sorted[i].Id;

            // Sorted, so a duplicate is next to its twin. The message is masked: an id may be a CPR number.
            if (i > 0 && ids[i] == ids[i - 1])
            {
                throw new ArgumentException($"Participant '{Echo.Value(ids[i].Value)}' appears twice.", paramName);
            }
        }

        return new CohortIndex(ids);
    }

    /// <summary>
    /// The index of <paramref name="id"/> in the cohort, or −1 for someone outside it. <paramref name="hint"/> is where
    /// the walk expects the next id (start at 0).
    /// </summary>
    internal int IndexOf(ParticipantId id, ref int hint) => SortedIds.IndexOf(_ids, id, ref hint);
}
