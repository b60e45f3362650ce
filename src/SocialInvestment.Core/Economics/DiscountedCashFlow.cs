using System.Globalization;
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
        (int[] days, decimal[] amounts) = XirrSearch.ByDate(flows);
        var search = new XirrSearch();
        switch (search.Load(days, amounts))
        {
            case IrrStatus.NoFlows:
                return new IrrResult(IrrStatus.NoFlows, [], null, "No IRR: there are no cash flows (or they net to 0 on every date), so every rate gives a net present value of 0.");
            case IrrStatus.OneSign:
                string side = amounts[0] < 0 ? "money out" : "money in";
                return new IrrResult(IrrStatus.OneSign, [], null, $"No IRR: every cash flow is {side}, so no rate makes their net present value 0.");
        }

        List<double> roots = search.Roots();
        if (roots.Count == 0)
        {
            return new IrrResult(IrrStatus.NoRoot, [], null, $"No IRR: no rate from {Percent(LowestRate)} to {Percent(HighestRate)} a year makes the net present value 0.");
        }

        double rate = XirrSearch.Chosen(roots);
        return roots.Count == 1
            ? new IrrResult(IrrStatus.Found, roots.AsReadOnly(), rate, $"IRR {Percent(rate)} a year: the only rate that makes the net present value 0.")
            : new IrrResult(
                IrrStatus.SeveralFound,
                roots.AsReadOnly(),
                rate,
                $"IRR {Percent(rate)} a year, of {roots.Count} rates that make the net present value 0 ({string.Join(", ", roots.Select(Percent))}): the cash flows change sign more than once; the one nearest 10 % is given, as a spreadsheet's XIRR starting from its default guess would most often find.");
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";
}
