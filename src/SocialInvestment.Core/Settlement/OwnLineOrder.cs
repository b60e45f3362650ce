using System.Runtime.InteropServices;

namespace SocialInvestment;

/// <summary>
/// The order of one participant's lines (SPEC §8 within a participant): by date, payment, then period, each compared by
/// rank, which is comparing the ids by code points (<see cref="LineKeyTables"/>).
/// </summary>
internal static class OwnLineOrder
{
    /// <summary>
    /// Sorts one participant's lines and what was paid before for them: insertion sort for the usual handful of lines, a
    /// comparison sort of an index where a ledger gives one person many. A participant's (payment, period) keys are
    /// unique, so the order has no ties and is the same either way.
    /// </summary>
    internal static void Sort(OwnLines own)
    {
        List<LineRecord> lines = own.Records;
        List<long> paidBefore = own.PaidBefore;
        if (lines.Count > OwnLines.FewLines)
        {
            int[] order = [.. Enumerable.Range(0, lines.Count)];
            Array.Sort(order, (x, y) => Compare(lines[x], lines[y]));
            LineRecord[] records = [.. order.Select(i => lines[i])];
            long[] paid = [.. order.Select(i => paidBefore[i])];
            lines.Clear();
            lines.AddRange(records);
            paidBefore.Clear();
            paidBefore.AddRange(paid);
            return;
        }

        // On spans: the lists' indexers would check their version and bounds at every step of the sort.
        Span<LineRecord> few = CollectionsMarshal.AsSpan(lines);
        Span<long> fewPaid = CollectionsMarshal.AsSpan(paidBefore);
        for (int i = 1; i < few.Length; i++)
        {
            LineRecord record = few[i];
            long recordPaid = fewPaid[i];
            int j = i - 1;
            while (j >= 0 && Compare(few[j], record) > 0)
            {
                few[j + 1] = few[j];
                fewPaid[j + 1] = fewPaid[j];
                j--;
            }

            few[j + 1] = record;
            fewPaid[j + 1] = recordPaid;
        }
    }

    private static int Compare(in LineRecord a, in LineRecord b)
    {
        int c = a.Date.CompareTo(b.Date);
        if (c == 0)
        {
            c = a.Payment.CompareTo(b.Payment);
        }

        return c != 0 ? c : a.Period.CompareTo(b.Period);
    }
}
