using System.Collections.ObjectModel;

namespace SocialInvestment.Io;

/// <summary>
/// Counts a long weeks file's coded weeks (SPEC-DK DK8) from the cohort's runs of weeks: a person's week with several
/// rows (several codes, a row repeated, a person's rows in several places of the file) counts once, and once for each
/// code. The runs of all pieces are put in order of person, then of week, and overlapping runs are merged as they are
/// counted.
/// </summary>
internal static class WeekRunCounts
{
    /// <summary>The person-weeks with a code, and those of each code in code-point order.</summary>
    /// <param name="parts">The pieces, in file order.</param>
    /// <param name="people">Each piece's people (<see cref="WeekRun.Person"/>) as people of the whole file.</param>
    internal static (long Coded, IReadOnlyDictionary<string, long> ByCode) Of(WeeksPart[] parts, int[][] people)
    {
        var codeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var runs = new WeekRun[parts.Sum(p => p.Runs.Count)];
        int at = 0;
        for (int k = 0; k < parts.Length; k++)
        {
            WeeksPart part = parts[k];
            var codes = new int[part.Codes.Count];
            for (int c = 0; c < codes.Length; c++)
            {
                if (!codeOf.TryGetValue(part.Codes.Text(c), out codes[c]))
                {
                    codes[c] = texts.Count;
                    codeOf.Add(part.Codes.Text(c), codes[c]);
                    texts.Add(part.Codes.Text(c));
                }
            }

            foreach (WeekRun run in part.Runs)
            {
                runs[at++] = run with { Person = people[k][run.Person], Code = codes[run.Code] };
            }
        }

        var byCode = new long[texts.Count];
        Array.Sort(runs, (a, b) => (a.Person, a.Code, a.First).CompareTo((b.Person, b.Code, b.First)));
        Merge(runs, sameGroup: (a, b) => a.Person == b.Person && a.Code == b.Code, (run, weeks) => byCode[run.Code] += weeks);
        long coded = 0;
        Array.Sort(runs, (a, b) => (a.Person, a.First).CompareTo((b.Person, b.First)));
        Merge(runs, sameGroup: (a, b) => a.Person == b.Person, (_, weeks) => coded += weeks);

        var sorted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int c = 0; c < texts.Count; c++)
        {
            if (byCode[c] > 0)
            {
                sorted.Add(texts[c], byCode[c]);
            }
        }

        return (coded, new ReadOnlyDictionary<string, long>(sorted));
    }

    /// <summary>Gives the weeks of each group's runs, overlapping runs merged, to <paramref name="count"/>.</summary>
    private static void Merge(WeekRun[] runs, Func<WeekRun, WeekRun, bool> sameGroup, Action<WeekRun, long> count)
    {
        for (int i = 0; i < runs.Length;)
        {
            WeekRun group = runs[i];
            int first = group.First;
            int last = group.Last;
            for (i++; i < runs.Length && sameGroup(group, runs[i]); i++)
            {
                if (runs[i].First > last)
                {
                    count(group, last - first + 1);
                    first = runs[i].First;
                }

                last = Math.Max(last, runs[i].Last);
            }

            count(group, last - first + 1);
        }
    }
}
