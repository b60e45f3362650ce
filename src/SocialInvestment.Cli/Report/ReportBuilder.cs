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

/// <summary>
/// Builds the report's blocks from the results (docs/report.md lists the sections), in a language: every text is written
/// in English and Danish side by side (<see cref="Language.Say"/>), every number formatted by the language's
/// <see cref="ReportFormat"/>. Names from the inputs (the contract's, payments', triggers', payers' and municipalities')
/// are shown as written.
/// </summary>
internal static class ReportBuilder
{
    internal static ReportDocument Build(ReportInputs inputs, Language language)
    {
        ReportFormat f = language.Format;
        SettlementResult result = inputs.Settlement;
        Contract contract = result.Contract;
        string currency = contract.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(language.Say(
                $"Settled as of {f.Date(result.AsOf)} for {f.Count(result.Outcomes.Count)} participants. Amounts are in {currency}. "
                + "Every number below is the settlement's, the economics' or the evidence's, as sib settle, sib economics and sib evidence compute them from the same inputs.",
                $"Afregnet pr. {f.Date(result.AsOf)} for {f.Count(result.Outcomes.Count)} deltagere. Beløb er i {UnitInWords(currency, language)}. "
                + "Alle tal nedenfor er afregningens, økonomiens eller evidensens, sådan som sib settle, sib economics og sib evidence beregner dem ud fra de samme inddata.")),
        };
        Contract(blocks, contract, language);
        Inputs(blocks, inputs.Files, language);
        Totals(blocks, result, currency, language);
        Municipalities(blocks, result, currency, language);
        ByMonth(blocks, result, currency, language);
        Payer(blocks, inputs.Economics, currency, language);
        Rates(blocks, inputs.Evidence, contract, language);
        Times(blocks, inputs.Evidence, language);
        Investor(blocks, inputs, currency, language);
        return new ReportDocument(language.Say($"{contract.Name}: report as of {f.Date(result.AsOf)}", $"{contract.Name}: opgørelse pr. {f.Date(result.AsOf)}"), blocks, language);
    }

    /// <summary>
    /// The unit amounts are given in, as a table's header or a sentence names it: the currency's code (<c>DKK</c>), in
    /// Danish <c>kr.</c> for DKK as <see cref="ReportFormat.AmountIn"/> writes it.
    /// </summary>
    internal static string Unit(string currency, Language language) => language.IsDanish && currency == "DKK" ? "kr." : currency;

    /// <summary>The unit amounts are given in, as a sentence ends with it: the currency's code, in Danish <c>kroner</c> for DKK.</summary>
    private static string UnitInWords(string currency, Language language) => language.IsDanish && currency == "DKK" ? "kroner" : currency;

    private static void Contract(List<ReportBlock> blocks, Contract contract, Language language)
    {
        blocks.Add(new HeadingBlock(2, language.Say("The contract", "Kontrakten")));
        blocks.Add(new ListBlock(ContractInWords.General(contract, language)));
        blocks.Add(new HeadingBlock(3, language.Say("Triggers (outcomes measured)", "Udløsere (de resultater, der måles)")));
        blocks.Add(new ListBlock([.. contract.Triggers.Select(t => ContractInWords.Trigger(contract, t, language))]));
        blocks.Add(new HeadingBlock(3, language.Say("Payments", "Betalinger")));
        blocks.Add(new ListBlock([.. contract.Payments.Select(p => ContractInWords.Payment(contract, p, language))]));
    }

    private static void Inputs(List<ReportBlock> blocks, IReadOnlyList<InputFile> files, Language language)
    {
        blocks.Add(new HeadingBlock(2, language.Say("Inputs", "Inddata")));
        blocks.Add(new ParagraphBlock(language.Say(
            "The files read, by role, with their SHA-256 (as summary.json lists them): anyone with the same files gets the same report.",
            "De indlæste filer efter rolle med deres SHA-256 (som summary.json angiver dem): enhver med de samme filer får den samme rapport.")));
        blocks.Add(InputsTable(files, language));
    }

    /// <summary>
    /// The input files by role with their SHA-256, in the order read; the roles are summary.json's names (<c>contract</c>,
    /// <c>participants</c>), the headers in <paramref name="language"/>.
    /// </summary>
    internal static TableBlock InputsTable(IReadOnlyList<InputFile> files, Language language) =>
        new("inputs", [language.Say("role", "rolle"), "sha256"], [false, false], [.. files.Select(f => (IReadOnlyList<string>)[f.Role, f.Sha256])]);

    private static void Totals(List<ReportBlock> blocks, SettlementResult result, string currency, Language language)
    {
        SettlementTotals t = result.Totals;
        blocks.Add(new HeadingBlock(2, language.Say("Totals", "Beløb i alt")));
        blocks.Add(new ParagraphBlock(language.Say(
            $"Amount is what the outcomes earned; payable what the caps and gates allow of it (capped is the rest); due is payable less what the ledger says was paid before. Gross saving is the payer's saving over every month off support that a share of the savings counts. In {currency}.",
            $"Beløb er det, resultaterne har udløst; til betaling er den del af det, som lofter og betingelser tillader (over loft er resten); forfalden er beløbet til betaling fratrukket det, som betalingsoversigten viser er betalt tidligere. Bruttobesparelse er betalerens besparelse for hver måned uden offentlig forsørgelse, som en andel af besparelsen medregner. I {UnitInWords(currency, language)}.")));
        blocks.Add(new TableBlock(
            "totals",
            ["", .. TotalsHeaders(language)],
            [false, true, true, true, true, true, true],
            [
                .. result.PaymentTotals.Select(p => Row(p.Key, p.Value, language)),
                Row(language.Say("total", "i alt"), t, language),
            ]));
        blocks.Add(new TableBlock("gross-saving", ["", Unit(currency, language)], [false, true], [[language.Say("gross saving", "bruttobesparelse"), language.Format.Money(result.GrossSaving)]]));
        if (result.Contract.Payers.Count > 0)
        {
            blocks.Add(new HeadingBlock(3, language.Say("By payer", "Pr. betaler")));
            blocks.Add(new TableBlock(
                "payers",
                [language.Say("payer", "betaler"), .. TotalsHeaders(language)],
                [false, true, true, true, true, true, true],
                [.. result.PayerTotals.Select(p => Row(p.Key, p.Value, language))]));
        }
    }

    /// <summary>The headers of a row of totals (<see cref="Row"/>), after its name.</summary>
    private static string[] TotalsHeaders(Language language) =>
    [
        language.Say("lines", "linjer"),
        language.Say("amount", "beløb"),
        language.Say("payable", "til betaling"),
        language.Say("capped", "over loft"),
        language.Say("paid before", "tidligere betalt"),
        language.Say("due", "forfalden"),
    ];

    /// <summary>
    /// A section per municipality where participants.csv names them (SPEC-DK DK7): each one's totals and gross saving
    /// (with a municipal share, its municipal saving and the state's part too), summing to the whole's, and each one's outcome rates with intervals, so that methods can be compared across
    /// municipalities. Nothing where no participant has a municipality.
    /// </summary>
    private static void Municipalities(List<ReportBlock> blocks, SettlementResult result, string currency, Language language)
    {
        if (!result.Outcomes.Any(o => o.Participant.Municipality is not null))
        {
            return;
        }

        ReportFormat f = language.Format;
        string none = language.Say("(none)", "(ingen)");
        string Name(string municipality) => municipality.Length == 0 ? none : Echo.Value(municipality);
        blocks.Add(new HeadingBlock(2, language.Say("By municipality", "Pr. kommune")));
        blocks.Add(new ParagraphBlock(language.Say(
            $"The municipality that pays for each participant, as participants.csv names it; \"(none)\" holds participants without one and what belongs to no participant (a delivery fee, a ledger key of someone not in the cohort). The rows sum to the totals. In {currency}.",
            $"Den kommune, der betaler for hver deltager, som participants.csv angiver den; \"(ingen)\" rummer deltagere uden en kommune og det, der ikke hører til nogen deltager (et driftshonorar, en nøgle i betalingsoversigten for en person uden for kohorten). Rækkerne summerer til beløbene i alt. I {UnitInWords(currency, language)}.")));
        // With a municipal share (SPEC-DK DK5), each municipality's own part of its saving and the state's beside it.
        bool municipal = result.MunicipalSaving is not null;
        blocks.Add(new TableBlock(
            "municipalities",
            [
                language.Say("municipality", "kommune"),
                language.Say("participants", "deltagere"),
                .. TotalsHeaders(language),
                language.Say("gross saving", "bruttobesparelse"),
                .. municipal ? [language.Say("municipal saving", "kommunal besparelse"), language.Say("state's part", "statens andel")] : Array.Empty<string>(),
            ],
            [false, true, true, true, true, true, true, true, true, .. municipal ? [true, true] : Array.Empty<bool>()],
            [.. result.Municipalities.Select(m => (IReadOnlyList<string>)[
                Name(m.Municipality),
                f.Count(m.Participants),
                .. Row(string.Empty, m.Totals, language).Skip(1),
                f.Money(m.GrossSaving),
                .. municipal ? [f.Money(m.MunicipalSaving!.Value), f.Money(m.StateSaving!.Value)] : Array.Empty<string>()])]));
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<TriggerEvidence>>> evidence = Evidence.ForMunicipalities(result.Contract, result.Outcomes, result.AsOf);
        for (int i = 0; i < evidence.Count; i++)
        {
            var (municipality, triggers) = evidence[i];
            blocks.Add(new HeadingBlock(3, Name(municipality)));
            blocks.Add(new TableBlock(
                $"municipality-{i + 1}-rates",
                RateHeaders(language),
                [false, true, true, true, true, true],
                [.. triggers.Select(e => RateCells(e, f))]));
        }
    }

    /// <summary>The headers of a trigger's share met with its interval: trigger, met, participants, share, 95 % low and high.</summary>
    private static string[] RateHeaders(Language language) =>
    [
        language.Say("trigger", "udløser"),
        language.Say("met", "opfyldt"),
        language.Say("participants", "deltagere"),
        language.Say("share", "andel"),
        Low(language),
        High(language),
    ];

    /// <summary>A trigger's share met with its interval, under <see cref="RateHeaders"/>.</summary>
    private static IReadOnlyList<string> RateCells(TriggerEvidence e, ReportFormat f) =>
    [
        e.TriggerId,
        f.Count(e.Proportion.Met),
        f.Count(e.Proportion.Total),
        f.Percent(e.Proportion.Share!.Value),
        f.Percent(e.Proportion.Interval!.Value.Lower),
        f.Percent(e.Proportion.Interval!.Value.Upper),
    ];

    private static IReadOnlyList<string> Row(string name, SettlementTotals t, Language language)
    {
        ReportFormat f = language.Format;
        return [name, f.Count(t.Lines), f.Money(t.Amount), f.Money(t.Payable), f.Money(t.Capped), f.Money(t.PaidBefore), f.Money(t.Due)];
    }

    /// <summary>The header of an interval's lower end: <c>95 % low</c>.</summary>
    private static string Low(Language language) => language.Say("95 % low", "95 % nedre");

    /// <summary>The header of an interval's upper end: <c>95 % high</c>.</summary>
    private static string High(Language language) => language.Say("95 % high", "95 % øvre");

    private static void ByMonth(List<ReportBlock> blocks, SettlementResult result, string currency, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("Payments by month", "Udbetalinger pr. måned")));
        PaymentsByMonth data = PaymentsByMonth.Of(result);
        if (data.Months.Count == 0)
        {
            blocks.Add(new ParagraphBlock(language.Say("The settlement has no lines.", "Afregningen har ingen linjer.")));
            return;
        }

        blocks.Add(new ParagraphBlock(language.Say(
            $"Payable by the month of each line's date (a month's share of savings is dated on its last day), stacked by payment, in {currency}.",
            $"Beløb til betaling efter måneden for hver linjes dato (en måneds andel af besparelsen dateres på månedens sidste dag), stablet efter betaling, i {UnitInWords(currency, language)}.")));
        blocks.Add(new ChartBlock(
            "payments-by-month",
            language.Say("Payable by month, by payment", "Til betaling pr. måned, efter betaling"),
            ReportCharts.PaymentsByMonth(data, currency, language)));
        var rows = new List<IReadOnlyList<string>>();
        for (int m = 0; m < data.Months.Count; m++)
        {
            IReadOnlyList<Money> sums = data.Payable[m];
            rows.Add([f.Month(data.Months[m]), .. sums.Select(f.Money), f.Money(sums.Aggregate(Money.Zero, (a, b) => a + b))]);
        }

        blocks.Add(new TableBlock(
            "payments-by-month",
            [language.Say("month", "måned"), .. data.Payments, language.Say("total", "i alt")],
            [false, .. data.Payments.Select(_ => true), true],
            rows));
    }

    private static void Payer(List<ReportBlock> blocks, EconomicsResult economics, string currency, Language language)
    {
        ReportFormat f = language.Format;
        PayerView payer = economics.Payer;
        blocks.Add(new HeadingBlock(2, language.Say("The payer's view: saving against payments", "Betalerens perspektiv: besparelse over for betalinger")));
        string first = payer.FirstMonthSavingExceedsPayments is { } month
            ? language.Say(
                $"The payer's cumulative saving first exceeds its cumulative payments in {f.Month(month)}.",
                $"Betalerens akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {f.Month(month)}.")
            : language.Say(
                "The payer's cumulative saving never exceeds its cumulative payments in these months.",
                "Betalerens akkumulerede besparelse overstiger i ingen af disse måneder de akkumulerede betalinger.");
        blocks.Add(new ParagraphBlock(language.Say(
            $"Payments are counted in the month they are paid ({economics.PaymentDays} days after each line's date); savings in the month they accrue. {first}",
            $"Betalinger medregnes i den måned, de betales ({economics.PaymentDays} dage efter hver linjes dato); besparelser i den måned, de opstår. {first}")));
        MunicipalPayerView? municipality = payer.Municipality;
        if (municipality is not null)
        {
            string firstMunicipal = municipality.FirstMonthSavingExceedsPayments is { } m
                ? language.Say(
                    $"The municipality's cumulative saving first exceeds the cumulative payments in {f.Month(m)}.",
                    $"Kommunens akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {f.Month(m)}.")
                : language.Say(
                    "The municipality's cumulative saving never exceeds the cumulative payments in these months.",
                    "Kommunens akkumulerede besparelse overstiger i ingen af disse måneder de akkumulerede betalinger.");
            blocks.Add(new ParagraphBlock(language.Say(
                "The state refunds part of every benefit week by how long the person has been on support (the refusion, SPEC-DK DK5), so the municipality keeps only its part of the gross saving: "
                + $"its municipal saving is set against the same payments (every payer's together), with the state's part of the saving beside it. {firstMunicipal}",
                "Staten refunderer en del af hver ydelsesuge efter, hvor længe personen har været på offentlig forsørgelse (refusionen, SPEC-DK DK5), så kommunen beholder kun sin del af bruttobesparelsen: "
                + $"den kommunale besparelse stilles over for de samme betalinger (alle betaleres samlet), med statens andel af besparelsen ved siden af. {firstMunicipal}")));
        }

        string noSaving = language.Say("no saving", "ingen besparelse");
        blocks.Add(new TableBlock(
            "payer",
            ["", Unit(currency, language)],
            [false, true],
            [
                [language.Say("gross saving", "bruttobesparelse"), f.Money(payer.GrossSaving)],
                [language.Say("payments", "betalinger"), f.Money(payer.Payments)],
                [language.Say("net saving", "nettobesparelse"), f.Money(payer.NetSaving)],
                [language.Say("payments as a share of the saving", "betalinger som andel af besparelsen"), payer.PaymentsShareOfSaving is { } share ? f.Percent((double)share) : noSaving],
                .. municipality is null
                    ? []
                    : (IReadOnlyList<string>[])[
                        [language.Say("municipal saving", "kommunal besparelse"), f.Money(municipality.MunicipalSaving)],
                        [language.Say("the state's part of the saving", "statens andel af besparelsen"), f.Money(municipality.StateSaving)],
                        [language.Say("the municipality's net saving", "kommunens nettobesparelse"), f.Money(municipality.NetSaving)],
                        [
                            language.Say("payments as a share of the municipal saving", "betalinger som andel af den kommunale besparelse"),
                            municipality.PaymentsShareOfSaving is { } ms ? f.Percent((double)ms) : language.Say("no municipal saving", "ingen kommunal besparelse"),
                        ],
                    ],
            ]));
        if (economics.Payers.Count > 0)
        {
            blocks.Add(new TableBlock(
                "payer-shares",
                [language.Say("payer", "betaler"), language.Say("payments", "betalinger"), language.Say("share of the saving", "andel af besparelsen")],
                [false, true, true],
                [.. economics.Payers.Select(p => (IReadOnlyList<string>)[p.Payer.Id, f.Money(p.Payments), p.PaymentsShareOfSaving is { } s ? f.Percent((double)s) : noSaving])]));
        }

        if (payer.Months.Count == 0)
        {
            return;
        }

        blocks.Add(new ChartBlock(
            "saving-against-payments",
            municipality is null
                ? language.Say("Cumulative gross saving against cumulative payments", "Akkumuleret bruttobesparelse over for akkumulerede betalinger")
                : language.Say("Cumulative gross and municipal saving against cumulative payments", "Akkumuleret brutto- og kommunal besparelse over for akkumulerede betalinger"),
            ReportCharts.SavingAgainstPayments(payer.Months, currency, language)));
        string[] municipalColumns = municipality is null
            ? []
            : [language.Say("municipal saving", "kommunal besparelse"), language.Say("state's part", "statens andel"), language.Say("cumulative municipal saving", "akkumuleret kommunal besparelse")];
        blocks.Add(new TableBlock(
            "payer-months",
            [
                language.Say("month", "måned"),
                language.Say("saving", "besparelse"),
                language.Say("payments", "betalinger"),
                language.Say("cumulative saving", "akkumuleret besparelse"),
                language.Say("cumulative payments", "akkumulerede betalinger"),
                .. municipalColumns,
            ],
            [false, true, true, true, true, .. municipalColumns.Select(_ => true)],
            [.. payer.Months.Select(m => (IReadOnlyList<string>)[
                f.Month(m.Month), f.Money(m.Saving), f.Money(m.Payments), f.Money(m.CumulativeSaving), f.Money(m.CumulativePayments),
                .. m.MunicipalSaving is { } municipal
                    ? [f.Money(municipal), f.Money(m.StateSaving!.Value), f.Money(m.CumulativeMunicipalSaving!.Value)]
                    : Array.Empty<string>()])]));
    }

    private static void Rates(List<ReportBlock> blocks, IReadOnlyList<TriggerEvidence> evidence, Contract contract, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("Outcome rates", "Resultatrater")));
        if (evidence.Count == 0 || evidence[0].Proportion.Total == 0)
        {
            blocks.Add(new ParagraphBlock(language.Say("There are no participants, so no rates.", "Der er ingen deltagere og derfor ingen rater.")));
            return;
        }

        blocks.Add(new ParagraphBlock(language.Say(
            "The share of the participants who met each trigger by as_of, with its 95 % Wilson interval; against the trigger's baseline rate, the exact binomial test "
            + "(two-sided p, and p for a share at least this high by chance). Rates and p-values are statistics, not money (docs/evidence.md).",
            "Andelen af deltagerne, der har opfyldt hver udløser på opgørelsesdatoen (as_of), med dens 95 %-Wilson-interval; over for udløserens basisrate den eksakte binomialtest "
            + "(tosidet p, og p for at en mindst så høj andel opstår tilfældigt). Rater og p-værdier er statistik, ikke penge (docs/evidence.md).")));
        blocks.Add(new ChartBlock(
            "outcome-rates",
            language.Say("Share met with 95 % intervals, against the baseline rate", "Andel opfyldt med 95 %-intervaller, over for basisraten"),
            ReportCharts.OutcomeRates(evidence, language)));
        string twoSided = language.Say("p (two-sided)", "p (tosidet)");
        blocks.Add(new TableBlock(
            "outcome-rates",
            [.. RateHeaders(language), language.Say("baseline rate", "basisrate"), twoSided, language.Say("p (at least)", "p (mindst)")],
            [false, true, true, true, true, true, true, true, true],
            [.. evidence.Select(e => (IReadOnlyList<string>)[
                .. RateCells(e, f),
                contract.TriggersById[e.TriggerId].BaselineRate is { } rate ? f.Percent(rate.Value) : "–",
                e.AgainstBaseline is { } b ? f.PValue(b.TwoSidedP) : "–",
                e.AgainstBaseline is { } g ? f.PValue(g.GreaterP) : "–"])]));
        if (evidence.Any(e => e.AgainstComparison is not null))
        {
            blocks.Add(new HeadingBlock(3, language.Say("Against the comparison group", "Over for sammenligningsgruppen")));
            blocks.Add(new ParagraphBlock(language.Say(
                "The difference between the cohort's share and the comparison group's, with Newcombe's 95 % interval and the two-proportion z test.",
                "Forskellen mellem kohortens andel og sammenligningsgruppens, med Newcombes 95 %-interval og z-testen for to andele.")));
            blocks.Add(new TableBlock(
                "comparison",
                [
                    language.Say("trigger", "udløser"),
                    language.Say("comparison met", "opfyldt i sammenligningsgruppen"),
                    language.Say("comparison size", "sammenligningsgruppens størrelse"),
                    language.Say("comparison share", "sammenligningsgruppens andel"),
                    language.Say("difference", "forskel"),
                    Low(language),
                    High(language),
                    twoSided,
                ],
                [false, true, true, true, true, true, true, true],
                [.. evidence.Where(e => e.AgainstComparison is not null).Select(e => Comparison(e.TriggerId, e.AgainstComparison!, f))]));
        }
    }

    private static IReadOnlyList<string> Comparison(string trigger, ProportionDifference d, ReportFormat f) =>
    [
        trigger,
        f.Count(d.Comparison.Met),
        f.Count(d.Comparison.Total),
        d.Comparison.Share is { } s ? f.Percent(s) : "–",
        d.Difference is { } diff ? f.Percent(diff) : "–",
        d.Interval is { } i ? f.Percent(i.Lower) : "–",
        d.Interval is { } j ? f.Percent(j.Upper) : "–",
        d.TwoSidedP is { } p ? f.PValue(p) : "–",
    ];

    private static void Times(List<ReportBlock> blocks, IReadOnlyList<TriggerEvidence> evidence, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("Time to outcome", "Tid til resultat")));
        if (!evidence.Any(e => e.TimeToOutcome.Steps.Count > 0))
        {
            blocks.Add(new ParagraphBlock(language.Say(
                "No participant's window had started by as_of, so there are no times.",
                "Ingen deltagers vindue var begyndt på opgørelsesdatoen (as_of), så der er ingen tider.")));
            return;
        }

        blocks.Add(new ParagraphBlock(language.Say(
            "Kaplan–Meier estimates of the share who met each trigger by each day from their window start, censored at as_of or the window's end; the median is the first day by which half had met it.",
            "Kaplan–Meier-estimater af andelen, der har opfyldt hver udløser på hver dag regnet fra vinduets start, censureret på opgørelsesdatoen (as_of) eller ved vinduets slutning; medianen er den første dag, hvor halvdelen havde opfyldt den.")));
        blocks.Add(new ChartBlock(
            "time-to-outcome",
            language.Say("Kaplan–Meier curves: share met by day", "Kaplan–Meier-kurver: andel opfyldt pr. dag"),
            ReportCharts.TimeToOutcome(evidence, language)));
        bool comparison = evidence.Any(e => e.ComparisonTimeToOutcome is not null);
        string[] headers =
        [
            language.Say("trigger", "udløser"),
            language.Say("participants", "deltagere"),
            language.Say("met", "opfyldt"),
            language.Say("median days", "median, dage"),
        ];
        blocks.Add(new TableBlock(
            "time-to-outcome",
            comparison ? [.. headers, language.Say("comparison median days", "sammenligningsgruppens median, dage")] : headers,
            comparison ? [false, true, true, true, true] : [false, true, true, true],
            [.. evidence.Select(e => (IReadOnlyList<string>)[
                e.TriggerId,
                f.Count(e.TimeToOutcome.Count),
                f.Count(e.TimeToOutcome.Met),
                Median(e.TimeToOutcome, language),
                .. comparison ? [e.ComparisonTimeToOutcome is { } c ? Median(c, language) : "–"] : Array.Empty<string>()])]));
    }

    private static string Median(KaplanMeierCurve curve, Language language) =>
        curve.MedianDays is { } days ? language.Format.Count(days) : language.Say("not reached", "ikke nået");

    private static void Investor(List<ReportBlock> blocks, ReportInputs inputs, string currency, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("The investor's view", "Investorens perspektiv")));
        if (!inputs.InvestmentsGiven)
        {
            blocks.Add(new ParagraphBlock(language.Say(
                "No investments.csv was given (--investments), so there is no investor view.",
                "Der er ikke angivet nogen investments.csv (--investments), så der er intet investorperspektiv.")));
            return;
        }

        InvestorView investor = inputs.Economics.Investor;
        string irrWords = IrrWords.Explain(investor.Irr, investor.Flows, language);
        blocks.Add(new ParagraphBlock(language.Say(
            $"The investor's money in (investments, negative) and back (repayments, and each line's payable {inputs.Economics.PaymentDays} days after its date), in {currency} (docs/economics.md). {irrWords}",
            $"Investorens indskud (investeringer, negative) og det, der kommer tilbage (tilbagebetalinger og hver linjes beløb til betaling {inputs.Economics.PaymentDays} dage efter linjens dato), i {UnitInWords(currency, language)} (docs/economics.md). {irrWords}")));
        blocks.Add(new TableBlock(
            "investor",
            ["", language.Say("value", "værdi")],
            [false, true],
            [
                [language.Say("invested", "investeret"), f.Money(investor.Invested)],
                [language.Say("repaid", "tilbagebetalt"), f.Money(investor.Repaid)],
                [language.Say("outcome payments", "resultatbetalinger"), f.Money(investor.OutcomePayments)],
                [language.Say("of which paid after as_of", "heraf betalt efter opgørelsesdatoen"), f.Money(investor.OutcomePaymentsAfterAsOf)],
                [language.Say("returned", "returneret i alt"), f.Money(investor.Returned)],
                [language.Say("net (undiscounted)", "netto (udiskonteret)"), f.Money(investor.Net)],
                [language.Say("money multiple", "pengemultipel"), investor.MoneyMultiple is { } m ? f.Multiple(m) : language.Say("nothing invested", "intet investeret")],
                [language.Say("discount rate", "diskonteringsrente"), investor.DiscountRate is { } r ? f.Percent(r) : language.Say("none given (--rate)", "ingen angivet (--rate)")],
                [language.Say("NPV at the discount rate", "nutidsværdi ved diskonteringsrenten"), investor.Npv is { } npv ? f.Money(npv) : "–"],
                [language.Say("IRR", "intern rente"), investor.Irr.Rate is { } irr ? f.Percent(irr) : language.Say("none", "ingen")],
            ]));
        blocks.Add(new TableBlock(
            "cash-flows",
            [language.Say("date", "dato"), language.Say("kind", "art"), language.Say("amount", "beløb")],
            [false, false, true],
            [.. investor.Flows.Select(c => (IReadOnlyList<string>)[f.Date(c.Date), Kind(c.Kind, language), f.Money(c.Amount)])]));
    }

    private static string Kind(CashFlowKind kind, Language language) => kind switch
    {
        CashFlowKind.Investment => language.Say("investment", "investering"),
        CashFlowKind.Repayment => language.Say("repayment", "tilbagebetaling"),
        _ => language.Say("outcome payment", "resultatbetaling"),
    };
}
