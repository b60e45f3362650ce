using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>What a report is made from: the results of the settlement, economics and evidence pipelines, and the inputs' hashes.</summary>
/// <param name="Economics">The economics of the settlement; its investor view is shown only where <paramref name="InvestmentsGiven"/>.</param>
/// <param name="Evidence">The evidence for each trigger.</param>
/// <param name="Files">The input files read, with their SHA-256, as summary.json lists them.</param>
/// <param name="InvestmentsGiven">Whether investments.csv was given.</param>
internal sealed record ReportInputs(EconomicsResult Economics, IReadOnlyList<TriggerEvidence> Evidence, IReadOnlyList<InputFile> Files, bool InvestmentsGiven)
{
    internal SettlementResult Settlement => Economics.Settlement;
}

/// <summary>Builds the report's blocks from the results (docs/report.md lists the sections); every number is formatted by <see cref="ReportFormat"/>.</summary>
internal static class ReportBuilder
{
    internal static ReportDocument Build(ReportInputs inputs)
    {
        SettlementResult result = inputs.Settlement;
        Contract contract = result.Contract;
        string currency = contract.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"Settled as of {ReportFormat.English.Date(result.AsOf)} for {ReportFormat.English.Count(result.Outcomes.Count)} participants. Amounts are in {currency}. "
                + "Every number below is the settlement's, the economics' or the evidence's, as sib settle, sib economics and sib evidence compute them from the same inputs."),
        };
        Contract(blocks, contract);
        Inputs(blocks, inputs.Files);
        Totals(blocks, result, currency);
        Municipalities(blocks, result, currency);
        ByMonth(blocks, result, currency);
        Payer(blocks, inputs.Economics, currency);
        Rates(blocks, inputs.Evidence, contract);
        Times(blocks, inputs.Evidence);
        Investor(blocks, inputs, currency);
        return new ReportDocument($"{contract.Name}: report as of {ReportFormat.English.Date(result.AsOf)}", blocks, Language.English);
    }

    private static void Contract(List<ReportBlock> blocks, Contract contract)
    {
        blocks.Add(new HeadingBlock(2, "The contract"));
        blocks.Add(new ListBlock(ContractInWords.General(contract)));
        blocks.Add(new HeadingBlock(3, "Triggers (outcomes measured)"));
        blocks.Add(new ListBlock([.. contract.Triggers.Select(t => ContractInWords.Trigger(contract, t))]));
        blocks.Add(new HeadingBlock(3, "Payments"));
        blocks.Add(new ListBlock([.. contract.Payments.Select(p => ContractInWords.Payment(contract, p))]));
    }

    private static void Inputs(List<ReportBlock> blocks, IReadOnlyList<InputFile> files)
    {
        blocks.Add(new HeadingBlock(2, "Inputs"));
        blocks.Add(new ParagraphBlock("The files read, by role, with their SHA-256 (as summary.json lists them): anyone with the same files gets the same report."));
        blocks.Add(InputsTable(files));
    }

    /// <summary>The input files by role with their SHA-256, in the order read.</summary>
    internal static TableBlock InputsTable(IReadOnlyList<InputFile> files) =>
        new("inputs", ["role", "sha256"], [false, false], [.. files.Select(f => (IReadOnlyList<string>)[f.Role, f.Sha256])]);

    private static void Totals(List<ReportBlock> blocks, SettlementResult result, string currency)
    {
        SettlementTotals t = result.Totals;
        blocks.Add(new HeadingBlock(2, "Totals"));
        blocks.Add(new ParagraphBlock(
            $"Amount is what the outcomes earned; payable what the caps and gates allow of it (capped is the rest); due is payable less what the ledger says was paid before. Gross saving is the payer's saving over every month off support that a share of the savings counts. In {currency}."));
        blocks.Add(new TableBlock(
            "totals",
            ["", "lines", "amount", "payable", "capped", "paid before", "due"],
            [false, true, true, true, true, true, true],
            [
                .. result.PaymentTotals.Select(p => Row(p.Key, p.Value)),
                Row("total", t),
            ]));
        blocks.Add(new TableBlock("gross-saving", ["", currency], [false, true], [["gross saving", ReportFormat.English.Money(result.GrossSaving)]]));
        if (result.Contract.Payers.Count > 0)
        {
            blocks.Add(new HeadingBlock(3, "By payer"));
            blocks.Add(new TableBlock(
                "payers",
                ["payer", "lines", "amount", "payable", "capped", "paid before", "due"],
                [false, true, true, true, true, true, true],
                [.. result.PayerTotals.Select(p => Row(p.Key, p.Value))]));
        }
    }

    /// <summary>
    /// A section per municipality where participants.csv names them (SPEC-DK DK7): each one's totals and gross saving
    /// (with a municipal share, its municipal saving and the state's part too), summing to the whole's, and each one's outcome rates with intervals, so that methods can be compared across
    /// municipalities. Nothing where no participant has a municipality.
    /// </summary>
    private static void Municipalities(List<ReportBlock> blocks, SettlementResult result, string currency)
    {
        if (!result.Outcomes.Any(o => o.Participant.Municipality is not null))
        {
            return;
        }

        static string Name(string municipality) => municipality.Length == 0 ? "(none)" : Echo.Value(municipality);
        blocks.Add(new HeadingBlock(2, "By municipality"));
        blocks.Add(new ParagraphBlock(
            $"The municipality that pays for each participant, as participants.csv names it; \"(none)\" holds participants without one and what belongs to no participant (a delivery fee, a ledger key of someone not in the cohort). The rows sum to the totals. In {currency}."));
        // With a municipal share (SPEC-DK DK5), each municipality's own part of its saving and the state's beside it.
        bool municipal = result.MunicipalSaving is not null;
        blocks.Add(new TableBlock(
            "municipalities",
            ["municipality", "participants", "lines", "amount", "payable", "capped", "paid before", "due", "gross saving", .. municipal ? ["municipal saving", "state's part"] : Array.Empty<string>()],
            [false, true, true, true, true, true, true, true, true, .. municipal ? [true, true] : Array.Empty<bool>()],
            [.. result.Municipalities.Select(m => (IReadOnlyList<string>)[
                Name(m.Municipality),
                ReportFormat.English.Count(m.Participants),
                .. Row(string.Empty, m.Totals).Skip(1),
                ReportFormat.English.Money(m.GrossSaving),
                .. municipal ? [ReportFormat.English.Money(m.MunicipalSaving!.Value), ReportFormat.English.Money(m.StateSaving!.Value)] : Array.Empty<string>()])]));
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<TriggerEvidence>>> evidence = Evidence.ForMunicipalities(result.Contract, result.Outcomes, result.AsOf);
        for (int i = 0; i < evidence.Count; i++)
        {
            var (municipality, triggers) = evidence[i];
            blocks.Add(new HeadingBlock(3, Name(municipality)));
            blocks.Add(new TableBlock(
                $"municipality-{i + 1}-rates",
                ["trigger", "met", "participants", "share", "95 % low", "95 % high"],
                [false, true, true, true, true, true],
                [.. triggers.Select(e => (IReadOnlyList<string>)[
                    e.TriggerId,
                    ReportFormat.English.Count(e.Proportion.Met),
                    ReportFormat.English.Count(e.Proportion.Total),
                    ReportFormat.English.Percent(e.Proportion.Share!.Value),
                    ReportFormat.English.Percent(e.Proportion.Interval!.Value.Lower),
                    ReportFormat.English.Percent(e.Proportion.Interval!.Value.Upper)])]));
        }
    }

    private static IReadOnlyList<string> Row(string name, SettlementTotals t) =>
        [name, ReportFormat.English.Count(t.Lines), ReportFormat.English.Money(t.Amount), ReportFormat.English.Money(t.Payable), ReportFormat.English.Money(t.Capped), ReportFormat.English.Money(t.PaidBefore), ReportFormat.English.Money(t.Due)];

    private static void ByMonth(List<ReportBlock> blocks, SettlementResult result, string currency)
    {
        blocks.Add(new HeadingBlock(2, "Payments by month"));
        PaymentsByMonth data = PaymentsByMonth.Of(result);
        if (data.Months.Count == 0)
        {
            blocks.Add(new ParagraphBlock("The settlement has no lines."));
            return;
        }

        blocks.Add(new ParagraphBlock($"Payable by the month of each line's date (a month's share of savings is dated on its last day), stacked by payment, in {currency}."));
        blocks.Add(new ChartBlock("payments-by-month", "Payable by month, by payment", ReportCharts.PaymentsByMonth(data, currency)));
        var rows = new List<IReadOnlyList<string>>();
        for (int m = 0; m < data.Months.Count; m++)
        {
            IReadOnlyList<Money> sums = data.Payable[m];
            rows.Add([ReportFormat.English.Month(data.Months[m]), .. sums.Select(ReportFormat.English.Money), ReportFormat.English.Money(sums.Aggregate(Money.Zero, (a, b) => a + b))]);
        }

        blocks.Add(new TableBlock(
            "payments-by-month",
            ["month", .. data.Payments, "total"],
            [false, .. data.Payments.Select(_ => true), true],
            rows));
    }

    private static void Payer(List<ReportBlock> blocks, EconomicsResult economics, string currency)
    {
        PayerView payer = economics.Payer;
        blocks.Add(new HeadingBlock(2, "The payer's view: saving against payments"));
        string first = payer.FirstMonthSavingExceedsPayments is { } month
            ? $"The payer's cumulative saving first exceeds its cumulative payments in {ReportFormat.English.Month(month)}."
            : "The payer's cumulative saving never exceeds its cumulative payments in these months.";
        blocks.Add(new ParagraphBlock(
            $"Payments are counted in the month they are paid ({economics.PaymentDays} days after each line's date); savings in the month they accrue. {first}"));
        MunicipalPayerView? municipality = payer.Municipality;
        if (municipality is not null)
        {
            string firstMunicipal = municipality.FirstMonthSavingExceedsPayments is { } m
                ? $"The municipality's cumulative saving first exceeds the cumulative payments in {ReportFormat.English.Month(m)}."
                : "The municipality's cumulative saving never exceeds the cumulative payments in these months.";
            blocks.Add(new ParagraphBlock(
                "The state refunds part of every benefit week by how long the person has been on support (the refusion, SPEC-DK DK5), so the municipality keeps only its part of the gross saving: "
                + $"its municipal saving is set against the same payments (every payer's together), with the state's part of the saving beside it. {firstMunicipal}"));
        }

        blocks.Add(new TableBlock(
            "payer",
            ["", currency],
            [false, true],
            [
                ["gross saving", ReportFormat.English.Money(payer.GrossSaving)],
                ["payments", ReportFormat.English.Money(payer.Payments)],
                ["net saving", ReportFormat.English.Money(payer.NetSaving)],
                ["payments as a share of the saving", payer.PaymentsShareOfSaving is { } share ? ReportFormat.English.Percent((double)share) : "no saving"],
                .. municipality is null
                    ? []
                    : (IReadOnlyList<string>[])[
                        ["municipal saving", ReportFormat.English.Money(municipality.MunicipalSaving)],
                        ["the state's part of the saving", ReportFormat.English.Money(municipality.StateSaving)],
                        ["the municipality's net saving", ReportFormat.English.Money(municipality.NetSaving)],
                        ["payments as a share of the municipal saving", municipality.PaymentsShareOfSaving is { } ms ? ReportFormat.English.Percent((double)ms) : "no municipal saving"],
                    ],
            ]));
        if (economics.Payers.Count > 0)
        {
            blocks.Add(new TableBlock(
                "payer-shares",
                ["payer", "payments", "share of the saving"],
                [false, true, true],
                [.. economics.Payers.Select(p => (IReadOnlyList<string>)[p.Payer.Id, ReportFormat.English.Money(p.Payments), p.PaymentsShareOfSaving is { } s ? ReportFormat.English.Percent((double)s) : "no saving"])]));
        }

        if (payer.Months.Count == 0)
        {
            return;
        }

        blocks.Add(new ChartBlock(
            "saving-against-payments",
            municipality is null ? "Cumulative gross saving against cumulative payments" : "Cumulative gross and municipal saving against cumulative payments",
            ReportCharts.SavingAgainstPayments(payer.Months, currency)));
        string[] municipalColumns = municipality is null ? [] : ["municipal saving", "state's part", "cumulative municipal saving"];
        blocks.Add(new TableBlock(
            "payer-months",
            ["month", "saving", "payments", "cumulative saving", "cumulative payments", .. municipalColumns],
            [false, true, true, true, true, .. municipalColumns.Select(_ => true)],
            [.. payer.Months.Select(m => (IReadOnlyList<string>)[
                ReportFormat.English.Month(m.Month), ReportFormat.English.Money(m.Saving), ReportFormat.English.Money(m.Payments), ReportFormat.English.Money(m.CumulativeSaving), ReportFormat.English.Money(m.CumulativePayments),
                .. m.MunicipalSaving is { } municipal
                    ? [ReportFormat.English.Money(municipal), ReportFormat.English.Money(m.StateSaving!.Value), ReportFormat.English.Money(m.CumulativeMunicipalSaving!.Value)]
                    : Array.Empty<string>()])]));
    }

    private static void Rates(List<ReportBlock> blocks, IReadOnlyList<TriggerEvidence> evidence, Contract contract)
    {
        blocks.Add(new HeadingBlock(2, "Outcome rates"));
        if (evidence.Count == 0 || evidence[0].Proportion.Total == 0)
        {
            blocks.Add(new ParagraphBlock("There are no participants, so no rates."));
            return;
        }

        blocks.Add(new ParagraphBlock(
            "The share of the participants who met each trigger by as_of, with its 95 % Wilson interval; against the trigger's baseline rate, the exact binomial test "
            + "(two-sided p, and p for a share at least this high by chance). Rates and p-values are statistics, not money (docs/evidence.md)."));
        blocks.Add(new ChartBlock("outcome-rates", "Share met with 95 % intervals, against the baseline rate", ReportCharts.OutcomeRates(evidence)));
        blocks.Add(new TableBlock(
            "outcome-rates",
            ["trigger", "met", "participants", "share", "95 % low", "95 % high", "baseline rate", "p (two-sided)", "p (at least)"],
            [false, true, true, true, true, true, true, true, true],
            [.. evidence.Select(e => (IReadOnlyList<string>)[
                e.TriggerId,
                ReportFormat.English.Count(e.Proportion.Met),
                ReportFormat.English.Count(e.Proportion.Total),
                ReportFormat.English.Percent(e.Proportion.Share!.Value),
                ReportFormat.English.Percent(e.Proportion.Interval!.Value.Lower),
                ReportFormat.English.Percent(e.Proportion.Interval!.Value.Upper),
                contract.TriggersById[e.TriggerId].BaselineRate is { } rate ? ReportFormat.English.Percent(rate.Value) : "–",
                e.AgainstBaseline is { } b ? ReportFormat.English.PValue(b.TwoSidedP) : "–",
                e.AgainstBaseline is { } g ? ReportFormat.English.PValue(g.GreaterP) : "–"])]));
        if (evidence.Any(e => e.AgainstComparison is not null))
        {
            blocks.Add(new HeadingBlock(3, "Against the comparison group"));
            blocks.Add(new ParagraphBlock("The difference between the cohort's share and the comparison group's, with Newcombe's 95 % interval and the two-proportion z test."));
            blocks.Add(new TableBlock(
                "comparison",
                ["trigger", "comparison met", "comparison size", "comparison share", "difference", "95 % low", "95 % high", "p (two-sided)"],
                [false, true, true, true, true, true, true, true],
                [.. evidence.Where(e => e.AgainstComparison is not null).Select(e => Comparison(e.TriggerId, e.AgainstComparison!))]));
        }
    }

    private static IReadOnlyList<string> Comparison(string trigger, ProportionDifference d) =>
    [
        trigger,
        ReportFormat.English.Count(d.Comparison.Met),
        ReportFormat.English.Count(d.Comparison.Total),
        d.Comparison.Share is { } s ? ReportFormat.English.Percent(s) : "–",
        d.Difference is { } diff ? ReportFormat.English.Percent(diff) : "–",
        d.Interval is { } i ? ReportFormat.English.Percent(i.Lower) : "–",
        d.Interval is { } j ? ReportFormat.English.Percent(j.Upper) : "–",
        d.TwoSidedP is { } p ? ReportFormat.English.PValue(p) : "–",
    ];

    private static void Times(List<ReportBlock> blocks, IReadOnlyList<TriggerEvidence> evidence)
    {
        blocks.Add(new HeadingBlock(2, "Time to outcome"));
        if (!evidence.Any(e => e.TimeToOutcome.Steps.Count > 0))
        {
            blocks.Add(new ParagraphBlock("No participant's window had started by as_of, so there are no times."));
            return;
        }

        blocks.Add(new ParagraphBlock(
            "Kaplan–Meier estimates of the share who met each trigger by each day from their window start, censored at as_of or the window's end; the median is the first day by which half had met it."));
        blocks.Add(new ChartBlock("time-to-outcome", "Kaplan–Meier curves: share met by day", ReportCharts.TimeToOutcome(evidence)));
        bool comparison = evidence.Any(e => e.ComparisonTimeToOutcome is not null);
        blocks.Add(new TableBlock(
            "time-to-outcome",
            comparison ? ["trigger", "participants", "met", "median days", "comparison median days"] : ["trigger", "participants", "met", "median days"],
            comparison ? [false, true, true, true, true] : [false, true, true, true],
            [.. evidence.Select(e => (IReadOnlyList<string>)[
                e.TriggerId,
                ReportFormat.English.Count(e.TimeToOutcome.Count),
                ReportFormat.English.Count(e.TimeToOutcome.Met),
                Median(e.TimeToOutcome),
                .. comparison ? [e.ComparisonTimeToOutcome is { } c ? Median(c) : "–"] : Array.Empty<string>()])]));
    }

    private static string Median(KaplanMeierCurve curve) => curve.MedianDays is { } days ? ReportFormat.English.Count(days) : "not reached";

    private static void Investor(List<ReportBlock> blocks, ReportInputs inputs, string currency)
    {
        blocks.Add(new HeadingBlock(2, "The investor's view"));
        if (!inputs.InvestmentsGiven)
        {
            blocks.Add(new ParagraphBlock("No investments.csv was given (--investments), so there is no investor view."));
            return;
        }

        InvestorView investor = inputs.Economics.Investor;
        blocks.Add(new ParagraphBlock(
            $"The investor's money in (investments, negative) and back (repayments, and each line's payable {inputs.Economics.PaymentDays} days after its date), in {currency} (docs/economics.md). {investor.Irr.Explanation}"));
        blocks.Add(new TableBlock(
            "investor",
            ["", "value"],
            [false, true],
            [
                ["invested", ReportFormat.English.Money(investor.Invested)],
                ["repaid", ReportFormat.English.Money(investor.Repaid)],
                ["outcome payments", ReportFormat.English.Money(investor.OutcomePayments)],
                ["of which paid after as_of", ReportFormat.English.Money(investor.OutcomePaymentsAfterAsOf)],
                ["returned", ReportFormat.English.Money(investor.Returned)],
                ["net (undiscounted)", ReportFormat.English.Money(investor.Net)],
                ["money multiple", investor.MoneyMultiple is { } m ? ReportFormat.English.Multiple(m) : "nothing invested"],
                ["discount rate", investor.DiscountRate is { } r ? ReportFormat.English.Percent(r) : "none given (--rate)"],
                ["NPV at the discount rate", investor.Npv is { } npv ? ReportFormat.English.Money(npv) : "–"],
                ["IRR", investor.Irr.Rate is { } irr ? ReportFormat.English.Percent(irr) : "none"],
            ]));
        blocks.Add(new TableBlock(
            "cash-flows",
            ["date", "kind", "amount"],
            [false, false, true],
            [.. investor.Flows.Select(f => (IReadOnlyList<string>)[ReportFormat.English.Date(f.Date), Kind(f.Kind), ReportFormat.English.Money(f.Amount)])]));
    }

    private static string Kind(CashFlowKind kind) => kind switch
    {
        CashFlowKind.Investment => "investment",
        CashFlowKind.Repayment => "repayment",
        _ => "outcome payment",
    };
}
