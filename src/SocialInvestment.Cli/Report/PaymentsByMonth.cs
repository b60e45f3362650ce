using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// The settlement's payable summed by the month of each line's date and by payment (payments in summary.json's order);
/// every month from the first line's to the last line's, months without lines as 0.
/// </summary>
internal sealed record PaymentsByMonth(IReadOnlyList<YearMonth> Months, IReadOnlyList<string> Payments, IReadOnlyList<IReadOnlyList<Money>> Payable)
{
    internal static PaymentsByMonth Of(SettlementResult result)
    {
        List<string> payments = [.. result.PaymentTotals.Select(p => p.Key)];
        var column = payments.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        if (result.Lines.Count == 0)
        {
            return new PaymentsByMonth([], payments, []);
        }

        YearMonth first = result.Lines.Min(l => l.Date).ToYearMonth();
        YearMonth last = result.Lines.Max(l => l.Date).ToYearMonth();
        var months = new List<YearMonth>();
        for (YearMonth m = first; m <= last; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        var sums = months.Select(_ => new Money[payments.Count]).ToArray();
        foreach (SettlementLine line in result.Lines)
        {
            int row = ((line.Date.Year - first.Year) * 12) + line.Date.Month - first.Month;
            sums[row][column[line.Payment]] += line.Payable;
        }

        return new PaymentsByMonth(months, payments, [.. sums.Select(r => (IReadOnlyList<Money>)r)]);
    }
}
