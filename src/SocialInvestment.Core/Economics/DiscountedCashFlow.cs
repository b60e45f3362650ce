using System.Globalization;
using MathNet.Numerics.RootFinding;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Net present value and internal rate of return of dated cash flows, as spreadsheets' XNPV and XIRR define them
/// (docs/economics.md): annual rates as fractions, the actual/365 day count, discounted to the earliest flow's date.
/// Rates and values are <c>double</c>: fractional powers are not exact in any decimal arithmetic.
/// </summary>
public static class DiscountedCashFlow
{
    /// <summary>The days in a year of the day count: actual days between dates, over 365 (as XNPV and XIRR).</summary>
    internal const int DaysPerYear = 365;

    /// <summary>The lowest rate the IRR search considers: −99.99 % a year.</summary>
    internal const double LowestRate = -0.9999;

    /// <summary>The highest rate the IRR search considers: 1,000,000 (100,000,000 % a year).</summary>
    internal const double HighestRate = 1_000_000;

    /// <summary>The step of the search grid in <c>ln(1 + r)</c>: two rates whose <c>1 + r</c> differ by less than about 1 % may be found as none.</summary>
    internal const double GridStep = 0.01;

    /// <summary>How close to a root the search goes, in <c>ln(1 + r)</c>: about <c>(1 + r) × 10⁻¹³</c> in the rate.</summary>
    internal const double Accuracy = 1e-13;

    private const double PreferredRate = 0.1;

    /// <summary>
    /// XNPV: Σ <c>amount_i / (1 + rate)^((date_i − date_0) / 365)</c>, with <c>date_0</c> the earliest flow's date; 0 for no
    /// flows.
    /// </summary>
    /// <param name="flows">The flows, in any order.</param>
    /// <param name="rate">The annual discount rate as a fraction, above −1 (0.035 is 3.5 % a year).</param>
    /// <returns>The value on the earliest flow's date, in the flows' currency (not rounded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is −1 or less, or not a number.</exception>
    public static double Xnpv(IEnumerable<CashFlow> flows, double rate)
    {
        Preconditions.CheckNotNull(flows, nameof(flows));
        if (!(rate > -1) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A discount rate is a finite number above -1.");
        }

        List<CashFlow> list = [.. flows];
        if (list.Count == 0)
        {
            return 0;
        }

        LocalDate first = list.Min(f => f.Date);
        double sum = 0;
        foreach (CashFlow flow in list)
        {
            double years = Period.DaysBetween(first, flow.Date) / (double)DaysPerYear;
            sum += (double)flow.Amount.Amount / Math.Pow(1 + rate, years);
        }

        return sum;
    }

    /// <summary>
    /// XIRR: the annual rate r at which <see cref="Xnpv"/> is 0, searched from −99.99 % to 1,000,000 (100,000,000 %) a
    /// year on a grid of 0.01 in <c>ln(1 + r)</c> and refined to about <c>(1 + r) × 10⁻¹³</c> (docs/economics.md), or why
    /// there is none. Never throws for want of a rate.
    /// </summary>
    /// <param name="flows">The flows, in any order.</param>
    public static IrrResult Xirr(IEnumerable<CashFlow> flows)
    {
        Preconditions.CheckNotNull(flows, nameof(flows));

        // Flows of one date are one flow; a date whose flows cancel adds nothing to any value.
        var byDate = flows
            .GroupBy(f => f.Date)
            .Select(g => (Date: g.Key, Amount: g.Aggregate(Money.Zero, (sum, f) => sum + f.Amount)))
            .Where(f => f.Amount != Money.Zero)
            .OrderBy(f => f.Date)
            .ToArray();
        if (byDate.Length == 0)
        {
            return new IrrResult(IrrStatus.NoFlows, [], null, "No IRR: there are no cash flows (or they net to 0 on every date), so every rate gives a net present value of 0.");
        }

        if (byDate.All(f => f.Amount > Money.Zero) || byDate.All(f => f.Amount < Money.Zero))
        {
            string side = byDate[0].Amount < Money.Zero ? "money out" : "money in";
            return new IrrResult(IrrStatus.OneSign, [], null, $"No IRR: every cash flow is {side}, so no rate makes their net present value 0.");
        }

        var function = new ScaledValue(byDate.Select(f => (Period.DaysBetween(byDate[0].Date, f.Date), f.Amount.Amount)).ToArray());
        List<double> roots = Roots(function.At);
        if (roots.Count == 0)
        {
            return new IrrResult(IrrStatus.NoRoot, [], null, $"No IRR: no rate from {Percent(LowestRate)} to {Percent(HighestRate)} a year makes the net present value 0.");
        }

        double rate = roots.OrderBy(r => Math.Abs(r - PreferredRate)).ThenBy(r => r).First();
        return roots.Count == 1
            ? new IrrResult(IrrStatus.Found, roots.AsReadOnly(), rate, $"IRR {Percent(rate)} a year: the only rate that makes the net present value 0.")
            : new IrrResult(
                IrrStatus.SeveralFound,
                roots.AsReadOnly(),
                rate,
                $"IRR {Percent(rate)} a year, of {roots.Count} rates that make the net present value 0 ({string.Join(", ", roots.Select(Percent))}): the cash flows change sign more than once; the one nearest 10 % is given, as a spreadsheet's XIRR starting from its default guess would most often find.");
    }

    /// <summary>
    /// The roots in x = ln(1 + r) on a grid from ln(1 + <see cref="LowestRate"/>) to ln(1 + <see cref="HighestRate"/>),
    /// each sign change refined by Brent's method (bisection where that stalls), as rates, ascending.
    /// </summary>
    private static List<double> Roots(Func<double, double> f)
    {
        double lowest = Math.Log(1 + LowestRate);
        double highest = Math.Log(1 + HighestRate);
        int steps = (int)Math.Ceiling((highest - lowest) / GridStep);
        var roots = new List<double>();
        double x0 = lowest;
        double f0 = f(x0);
        for (int k = 1; k <= steps; k++)
        {
            double x1 = k == steps ? highest : lowest + (k * GridStep);
            double f1 = f(x1);
            if (f0 == 0)
            {
                roots.Add(x0);
            }
            else if (f1 != 0 && Math.Sign(f0) != Math.Sign(f1))
            {
                if (!Brent.TryFindRoot(f, x0, x1, Accuracy, 200, out double root))
                {
                    root = Bisection.FindRoot(f, x0, x1, Accuracy, 200);
                }

                roots.Add(root);
            }

            x0 = x1;
            f0 = f1;
        }

        if (f0 == 0)
        {
            roots.Add(x0);
        }

        return roots.Select(x => Math.Exp(x) - 1).ToList();
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>
    /// The net present value as a function of x = ln(1 + r), multiplied by a positive factor that changes no sign and no
    /// root but keeps every power at most 1, so nothing overflows over any span of dates: discounted to the first date
    /// where x ≥ 0, compounded to the last where x &lt; 0. The amounts are divided by the sum of their sizes, so the value
    /// lies in [−1, 1] whatever the currency's scale.
    /// </summary>
    private sealed class ScaledValue
    {
        private readonly double[] _years;
        private readonly double[] _amounts;
        private readonly double _lastYear;

        internal ScaledValue((int Days, decimal Amount)[] flows)
        {
            decimal size = flows.Sum(f => Math.Abs(f.Amount));
            _years = [.. flows.Select(f => f.Days / (double)DaysPerYear)];
            _amounts = [.. flows.Select(f => (double)(f.Amount / size))];
            _lastYear = _years[^1];
        }

        internal double At(double x)
        {
            double sum = 0;
            for (int i = 0; i < _years.Length; i++)
            {
                double exponent = x >= 0 ? -x * _years[i] : x * (_lastYear - _years[i]);
                sum += _amounts[i] * Math.Exp(exponent);
            }

            return sum;
        }
    }
}
