namespace SocialInvestment;

/// <summary>
/// Rows grouped by participant in one array (each participant's rows together, in input order), so that a cohort's
/// millions of rows need no list per participant. Rows of people outside the cohort are left out.
/// </summary>
internal sealed class Grouped<T>
{
    private readonly T[] _rows;
    private readonly int[] _start;

    private Grouped(T[] rows, int[] start)
    {
        _rows = rows;
        _start = start;
    }

    /// <summary>The rows of participant <paramref name="index"/>.</summary>
    internal ArraySegment<T> Of(int index) => new(_rows, _start[index], _start[index + 1] - _start[index]);

    internal static Grouped<T> By(IEnumerable<T> rows, Func<T, ParticipantId> idOf, CohortIndex index)
    {
        IReadOnlyList<T> list = rows as IReadOnlyList<T> ?? rows.ToList();
        var owner = new int[list.Count];
        var start = new int[index.Count + 2];
        int kept = 0;
        int hint = 0;
        for (int r = 0; r < list.Count; r++)
        {
            owner[r] = index.IndexOf(idOf(list[r]), ref hint);
            if (owner[r] >= 0)
            {
                start[owner[r] + 2]++;
                kept++;
            }
        }

        for (int i = 2; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        var grouped = new T[kept];
        for (int r = 0; r < list.Count; r++)
        {
            if (owner[r] >= 0)
            {
                grouped[start[owner[r] + 1]++] = list[r];
            }
        }

        return new Grouped<T>(grouped, start[..^1]);
    }
}
