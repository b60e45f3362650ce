namespace SocialInvestment.Io;

/// <summary>
/// Whether the people of a file's rows are in the cohort, asked once for each person in the order the file lists them.
/// Exports list people in the order of their ids, as participants.csv does: where the cohort's ids come in that order, a
/// cursor walks them alongside the file (<see cref="Cursor"/>), so that a million people cost a million comparisons of
/// neighbouring ids instead of a million look-ups spread over a set of a million ids (a cache miss or three each, 7–11 %
/// of reading spells.csv). Anything else is answered by the set, so the answer is the set's in every case.
/// </summary>
internal sealed class CohortLookup
{
    private readonly IReadOnlySet<ParticipantId> _set;

    // The cohort's ids in ascending ordinal order, or null where its enumeration does not give them so.
    private readonly ParticipantId[]? _sorted;

    private CohortLookup(IReadOnlySet<ParticipantId> set, ParticipantId[]? sorted)
    {
        _set = set;
        _sorted = sorted;
    }

    /// <summary>A lookup in <paramref name="cohort"/>, which is not to change while it is used.</summary>
    internal static CohortLookup Of(IReadOnlySet<ParticipantId> cohort)
    {
        ParticipantId[] ids = [.. cohort];
        for (int i = 1; i < ids.Length; i++)
        {
            if (ids[i - 1].CompareTo(ids[i]) >= 0)
            {
                return new CohortLookup(cohort, null);
            }
        }

        return new CohortLookup(cohort, ids);
    }

    /// <summary>A cursor for one reader (a piece of a file), starting before the first id.</summary>
    internal Cursor Start() => new(this);

    /// <summary>Answers for the people of one reader, in its order; fastest where that is the ids' order.</summary>
    internal struct Cursor(CohortLookup lookup)
    {
        // Just after the last member found: where the next member is looked for first.
        private int _next;

        /// <summary>
        /// Whether <paramref name="id"/> is in the cohort. <paramref name="member"/> is equal to <paramref name="id"/>: where
        /// it is a member, the cohort's own instance (from a sorted cohort or a <see cref="HashSet{T}"/>), so that what is
        /// read shares the cohort's strings instead of holding a million more.
        /// </summary>
        internal bool TryFind(ParticipantId id, out ParticipantId member)
        {
            ParticipantId[]? sorted = lookup._sorted;
            if (sorted is null)
            {
                member = id;
                if (lookup._set is HashSet<ParticipantId> set)
                {
                    bool inSet = set.TryGetValue(id, out ParticipantId own);
                    member = inSet ? own : id;
                    return inSet;
                }

                return lookup._set.Contains(id);
            }

            int at = BulkAccess.IndexOfSorted(sorted, id, ref _next);
            member = at >= 0 ? sorted[at] : id;
            return at >= 0;
        }
    }
}
