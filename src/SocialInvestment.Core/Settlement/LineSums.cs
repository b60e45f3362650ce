namespace SocialInvestment;

/// <summary>
/// One variant's line amounts added up per payment (<see cref="PricingBasis"/>): in all, per participant and per date,
/// in hundredths, so that a candidate whose caps cannot bind is priced from sums instead of a walk of every line.
/// </summary>
internal sealed class LineSums
{
    private readonly long[] _total;
    private readonly long[] _byParticipant;
    private readonly long[] _byDate;
    private readonly int _participants;
    private readonly int _dates;

    private LineSums(long[] total, long[] byParticipant, long[] byDate, int participants, int dates)
    {
        _total = total;
        _byParticipant = byParticipant;
        _byDate = byDate;
        _participants = participants;
        _dates = dates;
    }

    /// <summary>The sums of <paramref name="amounts"/>, the amounts of <paramref name="records"/>' lines in one variant.</summary>
    internal static LineSums Of(LineRecord[] records, long[] amounts, int[] dateOfLine, int payments, int participants, int dates)
    {
        var total = new long[payments];
        var byParticipant = new long[payments * participants];
        var byDate = new long[payments * dates];
        for (int k = 0; k < records.Length; k++)
        {
            int j = records[k].Payment;
            total[j] = checked(total[j] + amounts[k]);
            byParticipant[(j * participants) + records[k].Participant] += amounts[k];
            byDate[(j * dates) + dateOfLine[k]] += amounts[k];
        }

        return new LineSums(total, byParticipant, byDate, participants, dates);
    }

    /// <summary>The amounts of payment <paramref name="payment"/>'s lines in all.</summary>
    internal long Total(int payment) => _total[payment];

    /// <summary>Adds payment <paramref name="payment"/>'s amounts of each participant rank to <paramref name="byParticipant"/>.</summary>
    internal void AddByParticipant(int payment, long[] byParticipant) =>
        Add(_byParticipant.AsSpan(payment * _participants, _participants), byParticipant);

    /// <summary>Adds payment <paramref name="payment"/>'s amounts of each date to <paramref name="byDate"/>.</summary>
    internal void AddByDate(int payment, long[] byDate) => Add(_byDate.AsSpan(payment * _dates, _dates), byDate);

    private static void Add(ReadOnlySpan<long> own, long[] into)
    {
        var sums = into.AsSpan(0, own.Length);
        int k = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int width = System.Numerics.Vector<long>.Count;
            for (; k <= own.Length - width; k += width)
            {
                (new System.Numerics.Vector<long>(sums[k..]) + new System.Numerics.Vector<long>(own[k..])).CopyTo(sums[k..]);
            }
        }

        for (; k < own.Length; k++)
        {
            sums[k] += own[k];
        }
    }
}
