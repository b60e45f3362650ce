using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The economics of a settled deal (docs/economics.md): the investor's cash flows, money multiple, NPV and IRR, and the
/// payer's saving against its payments. A pure function of a settlement and the investments: no clock, no files.
/// </summary>
public static class Economics
{
    /// <summary>Computes the investor's and the payer's views of <paramref name="settlement"/>.</summary>
    /// <param name="settlement">The settlement: each line's <c>payable</c> is an outcome payment, paid the contract's <see cref="Contract.PaymentDays"/> after the line's date.</param>
    /// <param name="investments">The investor's money paid in (above 0) and returned outside the outcome payments (below 0).</param>
    /// <param name="discountRate">
    /// The annual rate for the net present value, as a fraction above −1 and at most 1,000,000 (the highest rate
    /// the IRR search considers; 0.035 is 3.5 %); null for none.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is −1 or less, above the highest rate, or not a number.</exception>
    public static EconomicsResult Of(SettlementResult settlement, IEnumerable<Investment> investments, double? discountRate = null)
    {
        Preconditions.CheckNotNull(settlement, nameof(settlement));
        Preconditions.CheckNotNull(investments, nameof(investments));
        if (discountRate is { } rate && !(rate > -1 && rate <= DiscountedCashFlow.HighestRate))
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), rate, "A discount rate is above -1 and at most 1000000.");
        }

        var flows = new SortedDictionary<(LocalDate, CashFlowKind), Money>();
        void Add(LocalDate date, CashFlowKind kind, Money amount) =>
            flows[(date, kind)] = flows.GetValueOrDefault((date, kind)) + amount;

        foreach (Investment investment in investments)
        {
            CashFlow flow = FlowOf(investment);
            Add(flow.Date, flow.Kind, flow.Amount);
        }

        var paymentsByMonth = new SortedDictionary<YearMonth, Money>();
        foreach (SettlementLine line in settlement.Lines)
        {
            if (line.Payable > Money.Zero)
            {
                LocalDate paid = PaidOn(line.Date, settlement.Contract);
                Add(paid, CashFlowKind.OutcomePayment, line.Payable);
                paymentsByMonth[paid.ToYearMonth()] = paymentsByMonth.GetValueOrDefault(paid.ToYearMonth()) + line.Payable;
            }
        }

        var investor = new InvestorView(
            flows.Select(f => new CashFlow(f.Key.Item1, f.Key.Item2, f.Value)).ToList().AsReadOnly(),
            discountRate,
            settlement.AsOf);
        var months = Months(settlement.GrossSavingByMonth, settlement.MunicipalSavingByMonth, paymentsByMonth);
        MunicipalPayerView? municipality = settlement.MunicipalSaving is { } municipalSaving
            ? new MunicipalPayerView(municipalSaving, settlement.StateSaving!.Value, settlement.Totals.Payable, months)
            : null;
        var payer = new PayerView(settlement.GrossSaving, settlement.Totals.Payable, months, municipality);
        var payers = settlement.Contract.Payers
            .Select((p, i) => new PayerPayments(p, settlement.PayerTotals[i].Value.Payable, Ratio.Of(settlement.PayerTotals[i].Value.Payable, settlement.GrossSaving)))
            .ToList()
            .AsReadOnly();
        return new EconomicsResult(settlement, investor, payer, payers);
    }

    /// <summary>The investor's flow of an investment: money in (above 0) is an investment, money back (below 0) a repayment; the investor's sign.</summary>
    internal static CashFlow FlowOf(Investment investment) =>
        new(investment.Date, investment.Amount > Money.Zero ? CashFlowKind.Investment : CashFlowKind.Repayment, -investment.Amount);

    /// <summary>The day a line dated <paramref name="lineDate"/> is paid: the contract's <see cref="Contract.PaymentDays"/> after it.</summary>
    internal static LocalDate PaidOn(LocalDate lineDate, Contract contract) => lineDate.PlusDays(contract.PaymentDays);

    /// <summary>
    /// Every month from the first with a saving or a payment to the last, with the running sums; the municipal saving of
    /// each month and its running sum where <paramref name="municipalSavings"/> is given (over the same months as
    /// <paramref name="savings"/>).
    /// </summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<PayerMonth> Months(
        IReadOnlyList<KeyValuePair<YearMonth, Money>> savings,
        IReadOnlyList<KeyValuePair<YearMonth, Money>>? municipalSavings,
        SortedDictionary<YearMonth, Money> payments)
    {
        var saving = savings.ToDictionary(kv => kv.Key, kv => kv.Value);
        var municipal = municipalSavings?.ToDictionary(kv => kv.Key, kv => kv.Value);
        var months = saving.Keys.Concat(payments.Keys).ToList();
        var result = new List<PayerMonth>();
        if (months.Count == 0)
        {
            return result.AsReadOnly();
        }

        Money savedSoFar = Money.Zero;
        Money paidSoFar = Money.Zero;
        Money municipalSoFar = Money.Zero;
        for (YearMonth m = months.Min(); m <= months.Max(); m = m.PlusMonths(1))
        {
            Money saved = saving.GetValueOrDefault(m);
            Money paid = payments.GetValueOrDefault(m);
            savedSoFar += saved;
            paidSoFar += paid;
            Money? municipalSaved = null;
            Money? municipalSavedSoFar = null;
            if (municipal is not null)
            {
                municipalSaved = municipal.GetValueOrDefault(m);
                municipalSoFar += municipalSaved.Value;
                municipalSavedSoFar = municipalSoFar;
            }

            result.Add(new PayerMonth(m, saved, paid, savedSoFar, paidSoFar, municipalSaved, municipalSavedSoFar));
        }

        return result.AsReadOnly();
    }
}
