namespace SocialInvestment;

/// <summary>
/// Finds participant ids in ids sorted by code point, for the rows of a file or a list that name participants. Exports
/// list people in the order of their ids, so a walk alongside the rows first tries the id after the last one found, then
/// the last one again (a person's rows one after another), then whether the id falls between two neighbouring ids (then
/// it is not there), and only then searches: a million rows cost a million comparisons of neighbours instead of a
/// million look-ups spread over a table of a million ids (a cache miss or three each). Any row order gives the answer a
/// search would give.
/// </summary>
internal static class SortedIds
{
    /// <summary>
    /// The index of <paramref name="id"/> in <paramref name="sorted"/> (ascending by code point, no id twice), or −1.
    /// <paramref name="next"/> is where the walk expects the next id: start at 0; it is moved past each id found, and left
    /// where it is by an id not found.
    /// </summary>
    internal static int IndexOf(ReadOnlySpan<ParticipantId> sorted, ParticipantId id, ref int next)
    {
        if ((uint)next > (uint)sorted.Length)
        {
            next = 0;
        }

        if (next < sorted.Length && id.Equals(sorted[next]))
        {
            // The next id in order, as an export mostly gives them: an equality test, cheaper than an order's.
            return next++;
        }

        if (next > 0 && id.Equals(sorted[next - 1]))
        {
            return next - 1;
        }

        int order = next < sorted.Length ? id.CompareTo(sorted[next]) : -1;
        if (order < 0 && (next == 0 || id.CompareTo(sorted[next - 1]) > 0))
        {
            // Between the last id passed and the next one: not there.
            return -1;
        }

        if (order > 0 && id.CompareTo(sorted[^1]) > 0)
        {
            // After every id (people outside the cohort named so that they sort after it): not there.
            return -1;
        }

        int at = order > 0 ? Gallop(sorted, next, id) : sorted[..next].BinarySearch(id);
        if (at < 0)
        {
            // An id not there leaves the walk where it was: people outside the cohort listed among its members, in any
            // order, cost a search each instead of throwing the walk off for the member after them.
            return -1;
        }

        next = at + 1;
        return at;
    }

    /// <summary>
    /// A binary search of <c>sorted[from …]</c>, whose first id is less than <paramref name="id"/>, after steps that double
    /// (a jump over the people of a file's rows that are not there is short); an index into the whole span, as
    /// <see cref="MemoryExtensions.BinarySearch{T}(ReadOnlySpan{T}, IComparable{T})"/> gives it.
    /// </summary>
    private static int Gallop(ReadOnlySpan<ParticipantId> sorted, int from, ParticipantId id)
    {
        int low = from;
        int step = 1;
        while (low + step < sorted.Length && sorted[low + step].CompareTo(id) < 0)
        {
            low += step;
            step *= 2;
        }

        int high = Math.Min(sorted.Length, low + step + 1);
        int at = sorted[low..high].BinarySearch(id);
        return at >= 0 ? low + at : ~(low + ~at);
    }
}
