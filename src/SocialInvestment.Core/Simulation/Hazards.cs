using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// The monthly chances of leaving and returning to public income support, by month since a participant's start
/// (docs/simulation.md): a two-state chain observed on the monthly anniversaries of the start. For month m (1, 2, …;
/// month m runs from <c>start + (m − 1) months</c> to the day before <c>start + m months</c>), <see cref="LeaveIn"/> is
/// the probability that someone on support on the month's first day is off support on the next month's first day, and
/// <see cref="ReturnIn"/> the probability that someone off support is back on it. Months after the last one given take
/// the last one's values. Probabilities are <see cref="double"/>: a model's parameters, not money.
/// </summary>
public sealed class Hazards
{
    private readonly double[] _leave;
    private readonly double[] _return;

    /// <summary>Hazards month by month.</summary>
    /// <param name="leave">For months 1, 2, …: the probability of leaving support in the month, each in [0, 1]; at least one month.</param>
    /// <param name="returnToSupport">For the same months: the probability of returning to support, each in [0, 1]; as many as <paramref name="leave"/>.</param>
    /// <exception cref="ArgumentException">No month is given, the lists differ in length, or a probability is not a number in [0, 1].</exception>
    public Hazards(IEnumerable<double> leave, IEnumerable<double> returnToSupport)
    {
        Preconditions.CheckNotNull(leave, nameof(leave));
        Preconditions.CheckNotNull(returnToSupport, nameof(returnToSupport));
        _leave = leave.ToArray();
        _return = returnToSupport.ToArray();
        Preconditions.CheckArgument(_leave.Length > 0, nameof(leave), "Hazards need at least one month.");
        Preconditions.CheckArgument(_return.Length == _leave.Length, nameof(returnToSupport), $"Give as many months of returning as of leaving ({_leave.Length}), found {_return.Length}.");
        CheckProbabilities(_leave, nameof(leave));
        CheckProbabilities(_return, nameof(returnToSupport));
        Leave = Array.AsReadOnly(_leave);
        Return = Array.AsReadOnly(_return);
    }

    /// <summary>The probabilities of leaving support, for months 1 … <see cref="Months"/>.</summary>
    public ReadOnlyCollection<double> Leave { get; }

    /// <summary>The probabilities of returning to support, for months 1 … <see cref="Months"/>.</summary>
    public ReadOnlyCollection<double> Return { get; }

    /// <summary>The number of months given; later months take the last month's values.</summary>
    public int Months => _leave.Length;

    /// <summary>The same hazards in every month.</summary>
    /// <param name="leave">The probability of leaving support in a month, in [0, 1].</param>
    /// <param name="returnToSupport">The probability of returning to support in a month, in [0, 1].</param>
    /// <exception cref="ArgumentException">A probability is not a number in [0, 1].</exception>
    public static Hazards Constant(double leave, double returnToSupport) => new([leave], [returnToSupport]);

    /// <summary>The probability of leaving support in month <paramref name="month"/> since the start (1 for the first).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is below 1.</exception>
    public double LeaveIn(int month) => _leave[Index(month)];

    /// <summary>The probability of returning to support in month <paramref name="month"/> since the start (1 for the first).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is below 1.</exception>
    public double ReturnIn(int month) => _return[Index(month)];

    private int Index(int month)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, int.MaxValue);
        return Math.Min(month, _leave.Length) - 1;
    }

    private static void CheckProbabilities(double[] values, string paramName)
    {
        for (int m = 0; m < values.Length; m++)
        {
            // Written so that NaN fails too.
            if (!(values[m] >= 0 && values[m] <= 1))
            {
                throw new ArgumentException($"Month {m + 1}: a probability is a number from 0 to 1, found {values[m].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.", paramName);
            }
        }
    }
}
