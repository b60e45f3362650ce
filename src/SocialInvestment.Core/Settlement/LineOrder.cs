namespace SocialInvestment;

/// <summary>
/// Puts a settlement's lines, made chunk by chunk in participant order and sealed in date order within each chunk
/// (<see cref="ParticipantLines"/>), in SPEC §8 order as segments. Linear in the number of lines; no line is copied.
/// </summary>
internal static class LineOrder
{
    /// <summary>
    /// Orders the chunks' segments by (date, chunk): a stable counting sort by date of segments listed in chunk order,
    /// that is in participant order; within a segment the lines are in participant order and, per participant, in
    /// (date, payment, period) order.
    /// </summary>
    internal static LineTable Of(LineKeyTables tables, ParticipantLines[] chunks)
    {
        int segmentCount = chunks.Sum(c => c.Dates.Length);
        var segments = new LineTable.Segment[segmentCount];
        if (segmentCount > 0)
        {
            int min = chunks.Where(c => c.Dates.Length > 0).Min(c => c.Dates[0]);
            int max = chunks.Where(c => c.Dates.Length > 0).Max(c => c.Dates[^1]);
            var next = new int[max - min + 2];
            foreach (ParticipantLines chunk in chunks)
            {
                foreach (int date in chunk.Dates)
                {
                    next[date - min + 1]++;
                }
            }

            for (int d = 1; d < next.Length; d++)
            {
                next[d] += next[d - 1];
            }

            for (int c = 0; c < chunks.Length; c++)
            {
                int[] dates = chunks[c].Dates;
                int[] starts = chunks[c].DateStarts;
                for (int k = 0; k < dates.Length; k++)
                {
                    segments[next[dates[k] - min]++] = new LineTable.Segment(c, starts[k], starts[k + 1] - starts[k]);
                }
            }
        }

        return new LineTable(
            tables.Participants, tables.Payments, tables.Periods, [.. chunks.Select(c => c.Sealed)], [.. chunks.Select(c => c.SealedPaid)], segments);
    }
}
