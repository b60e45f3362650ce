using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>
/// The contract in plain words for the report: its window, triggers, payments, caps, gates and payers, one sentence each,
/// in English or Danish (<see cref="Language"/>); ids, codes and outcomes from the contract are shown as written.
/// </summary>
internal static class ContractInWords
{
    /// <summary>The window, money and payer sentences, in the order the report lists them; English where <paramref name="language"/> is null.</summary>
    internal static IReadOnlyList<string> General(Contract contract, Language? language = null)
    {
        language ??= Language.English;
        ReportFormat f = language.Format;
        string currency = contract.Currency;
        int weeks = contract.Window.Weeks;
        var sentences = new List<string>
        {
            contract.Window.From == WindowAnchor.Start
                ? language.Say(
                    $"Each participant is followed for {weeks} weeks from the day they start the programme.",
                    $"Hver deltager følges i {weeks} uger fra den dag, vedkommende begynder i programmet.")
                : language.Say(
                    $"Each participant is followed for {weeks} weeks from the end of the programme ({contract.ProgrammeWeeks} weeks after the start).",
                    $"Hver deltager følges i {weeks} uger fra programmets afslutning ({contract.ProgrammeWeeks} uger efter start)."),
        };
        if (BenefitWords.Degrees(contract, language).ToList() is { Count: > 0 } degrees)
        {
            string list = string.Join("; ", degrees);
            sentences.Add(language.Say(
                $"A benefit row that gives no degree of its own counts at the degree the contract gives its code: {list}.",
                $"En ydelsesrække uden egen grad tælles med den grad, kontrakten giver dens kode: {list}."));
        }

        if (contract.MonthlyCost is { } cost)
        {
            string indexed = cost.AnnualIndexation == 0m ? string.Empty : language.Say($", indexed by {f.Percent(cost.AnnualIndexation)} a year", $", reguleret med {f.Percent(cost.AnnualIndexation)} om året");
            sentences.Add(language.Say(
                $"A month on support costs the payer {f.AmountIn(cost.Amount, currency)} in {cost.BaseYear}{indexed}.",
                $"En måned på offentlig forsørgelse koster betaleren {f.AmountIn(cost.Amount, currency)} i {cost.BaseYear}{indexed}."));
        }

        if (contract.Caps.PerParticipant is { } perParticipant)
        {
            sentences.Add(language.Say(
                $"No participant earns more than {f.MoneyIn(perParticipant, currency)} in all.",
                $"Der betales højst {f.MoneyIn(perParticipant, currency)} i alt for hver deltager (loft pr. deltager)."));
        }

        if (contract.Caps.Total is { } total)
        {
            sentences.Add(language.Say(
                $"The contract pays at most {f.MoneyIn(total, currency)} in all.",
                $"Kontrakten betaler højst {f.MoneyIn(total, currency)} i alt (samlet loft)."));
        }

        sentences.Add(contract.PaymentDays == 0
            ? language.Say("Each payment is made on its line's date.", "Hver betaling sker på linjens dato.")
            : language.Say($"Each payment is made {contract.PaymentDays} days after its line's date.", $"Hver betaling sker {contract.PaymentDays} dage efter linjens dato."));
        if (contract.Payers.Count > 0)
        {
            string payers = string.Join(", ", contract.Payers.Select(p => $"{p.Id} ({f.Percent(p.Share.Value)})"));
            sentences.Add(language.Say($"The payments are shared by {payers}.", $"Betalingerne deles af {payers}."));
        }

        return sentences;
    }

    /// <summary>A trigger in words: <c>job13: 13 full weeks in a row off support</c>.</summary>
    internal static string Trigger(Contract contract, Trigger trigger, Language? language = null)
    {
        language ??= Language.English;
        ReportFormat f = language.Format;
        string what = trigger switch
        {
            EnrolmentTrigger => language.Say("the participant starts the programme", "deltageren begynder i programmet"),
            CompletionTrigger => language.Say($"the participant completes the programme ({contract.ProgrammeWeeks} weeks)", $"deltageren gennemfører programmet ({contract.ProgrammeWeeks} uger)"),
            SustainedTrigger s => language.Say(
                $"{s.Weeks} {Level(s.Level, language)} weeks in a row off support within the window{Education(s.ExcludeEducation, language)}",
                $"{s.Weeks} sammenhængende uger {Level(s.Level, language)} uden offentlig forsørgelse inden for vinduet{Education(s.ExcludeEducation, language)}"),
            CountTrigger c => language.Say(
                $"{c.Weeks} {Level(c.Level, language)} weeks off support within the window, in a row or not{Education(c.ExcludeEducation, language)}",
                $"{c.Weeks} uger {Level(c.Level, language)} uden offentlig forsørgelse inden for vinduet, sammenhængende eller ej{Education(c.ExcludeEducation, language)}"),
            EducationTrigger e => language.Say(
                $"{e.Weeks} {(e.Weeks == 1 ? "week" : "weeks")} in education within the window",
                $"{e.Weeks} {(e.Weeks == 1 ? "uge" : "uger")} i uddannelse inden for vinduet"),
            EventTrigger e => language.Say($"the outcome '{e.Outcome}' is evidenced in events.csv", $"resultatet '{e.Outcome}' er dokumenteret i events.csv"),
            EmploymentTrigger e => Employment(e, language),
            _ => trigger.Kind,
        };
        string after = trigger.After is { } first ? language.Say($", after '{first}' is met", $", efter at '{first}' er opfyldt") : string.Empty;
        string baseline = trigger.BaselineRate is { } rate
            ? language.Say(
                $" Without the programme, {f.Percent(rate.Value)} would be expected to meet it (baseline rate).",
                $" Uden programmet ville {f.Percent(rate.Value)} forventes at opfylde den (basisrate).")
            : string.Empty;
        return $"{trigger.Id}: {what}{after}.{baseline}";
    }

    /// <summary>An employment trigger in words: <c>an employment rate of at least 25 % on average over 6 consecutive months within the window</c>.</summary>
    internal static string Employment(EmploymentTrigger trigger, Language? language = null)
    {
        language ??= Language.English;
        string rate = language.Format.Percent(trigger.MinRate);
        return trigger.Months == 1
            ? language.Say(
                $"an employment rate of at least {rate} in a calendar month within the window",
                $"en beskæftigelsesgrad på mindst {rate} i en kalendermåned inden for vinduet")
            : language.Say(
                $"an employment rate of at least {rate} on average over {trigger.Months} consecutive calendar months within the window",
                $"en beskæftigelsesgrad på mindst {rate} i gennemsnit over {trigger.Months} på hinanden følgende kalendermåneder inden for vinduet");
    }

    /// <summary>A payment in words, with its cap and cohort gate.</summary>
    internal static string Payment(Contract contract, Payment payment, Language? language = null)
    {
        language ??= Language.English;
        ReportFormat f = language.Format;
        string currency = contract.Currency;
        string In(decimal amount) => f.AmountIn(amount, currency);
        string what = payment switch
        {
            FixedPayment { Tiers: { } tiers } p => language.Say(
                $"a fixed price for each participant who meets '{p.Trigger}', by volume: {string.Join("; ", tiers.Select(t => t.UpTo is { } upTo ? $"{In(t.Amount)} up to the {Ordinal(upTo)}" : $"{In(t.Amount)} beyond"))}",
                $"en fast pris for hver deltager, der opfylder '{p.Trigger}', efter antal: {string.Join("; ", tiers.Select(t => t.UpTo is { } upTo ? $"{In(t.Amount)} til og med deltager nr. {f.Count(upTo)}" : $"{In(t.Amount)} derudover"))}"),
            FixedPayment p when p.Prices.Count > 1 => language.Say(
                $"a fixed price for each participant who meets '{p.Trigger}', by how soon: {string.Join("; ", p.Prices.Select(q => q.UntilMonths is { } months ? $"{In(q.Amount)} within {months} months" : $"{In(q.Amount)} later"))}",
                $"en fast pris for hver deltager, der opfylder '{p.Trigger}', efter hvor hurtigt: {string.Join("; ", p.Prices.Select(q => q.UntilMonths is { } months ? $"{In(q.Amount)} inden for {months} måneder" : $"{In(q.Amount)} senere"))}"),
            FixedPayment p => language.Say($"{In(p.Amount)} for each participant who meets '{p.Trigger}'", $"{In(p.Amount)} for hver deltager, der opfylder '{p.Trigger}'"),
            ShareOfSavingsPayment s => language.Say(
                $"{f.Percent(s.Share.Value)} of the saving for each month off support after '{s.Gate}' is met{(s.Deadweight == 0m ? string.Empty : $", less {f.Percent(s.Deadweight)} deadweight")}",
                $"{f.Percent(s.Share.Value)} af besparelsen for hver måned uden offentlig forsørgelse, efter at '{s.Gate}' er opfyldt{(s.Deadweight == 0m ? string.Empty : $", fratrukket {f.Percent(s.Deadweight)} dødvægt")}"),
            DeliveryFeePayment { MonthlyAmount: { } monthly } d => language.Say(
                $"{In(monthly)} a month for {d.Months} months from {f.Month(d.From)}",
                $"{In(monthly)} om måneden i {d.Months} måneder fra {f.Month(d.From)}"),
            DeliveryFeePayment d => language.Say(
                $"{f.Percent(d.ShareOfContractValue?.Value ?? 0m)} of the contract value of {In(d.ContractValue ?? 0m)}, over {d.Months} months from {f.Month(d.From)}",
                $"{f.Percent(d.ShareOfContractValue?.Value ?? 0m)} af kontraktværdien på {In(d.ContractValue ?? 0m)}, fordelt over {d.Months} måneder fra {f.Month(d.From)}"),
            PerWeekPayment w => PerWeek(w, currency, language),
            _ => payment.Kind,
        };
        if (payment is FixedPayment { Indexation: { } indexation })
        {
            string rate = f.Percent(indexation.AnnualIndexation);
            what += language.Say($", indexed by {rate} a year from {indexation.BaseYear}", $", reguleret med {rate} om året fra {indexation.BaseYear}");
        }

        var limits = new List<string>();
        if (payment.Cap is { } cap)
        {
            if (cap.Count is { } count)
            {
                limits.Add(language.Say($"paid for at most {f.Count(count)} participants", $"betales for højst {f.Count(count)} deltagere"));
            }

            if (cap.Amount is { } amount)
            {
                limits.Add(language.Say($"at most {f.MoneyIn(amount, currency)} in all", $"højst {f.MoneyIn(amount, currency)} i alt"));
            }

            if (cap.ParticipantShare is { } share)
            {
                limits.Add(language.Say($"paid for at most {f.Percent(share.Value)} of the participants", $"betales for højst {f.Percent(share.Value)} af deltagerne"));
            }
        }

        if (payment.CohortGate is { } gate)
        {
            string against = gate.BaselineRate is { } rate
                ? language.Say($"the baseline rate of {f.Percent(rate.Value)}", $"basisraten på {f.Percent(rate.Value)}")
                : language.Say("the comparison group's share", "sammenligningsgruppens andel");
            string direction = gate.Direction == GateDirection.Higher ? language.Say("higher", "højere") : language.Say("lower", "lavere");
            limits.Add(language.Say(
                $"paid only for a cohort whose share meeting '{gate.Trigger}' is at least {f.Percent(gate.Margin)} {direction} than {against}, relatively, at its evaluation date",
                $"betales kun for en kohorte, hvis andel, der opfylder '{gate.Trigger}', relativt er mindst {f.Percent(gate.Margin)} {direction} end {against} på kohortens evalueringsdato"));
        }

        string limit = limits.Count == 0 ? string.Empty : " (" + string.Join("; ", limits) + ")";
        return $"{payment.Id}: {what}{limit}.";
    }

    /// <summary>A price per week in words: <c>1,500.00 DKK for each full or partial week off support or in education within the window, at most 104 weeks, once 'enrolled' is met</c>.</summary>
    private static string PerWeek(PerWeekPayment payment, string currency, Language language)
    {
        ReportFormat f = language.Format;
        string education = payment.OrEducation ? language.Say(" or in education", " eller i uddannelse") : string.Empty;
        string most = payment.MaxWeeks is { } max
            ? language.Say($", at most {f.Count(max)} {(max == 1 ? "week" : "weeks")}", $", højst {f.Count(max)} {(max == 1 ? "uge" : "uger")}")
            : string.Empty;
        string gate = payment.Gate is { } g ? language.Say($", once '{g}' is met (also for the weeks before it)", $", når '{g}' er opfyldt (også for ugerne inden)") : string.Empty;
        string amount = f.AmountIn(payment.Amount, currency);
        return language.Say(
            $"{amount} for each {Level(payment.Level, language)} week off support{education} within the window{Education(payment.ExcludeEducation, language)}{most}{gate}",
            $"{amount} for hver uge {Level(payment.Level, language)} uden offentlig forsørgelse{education} inden for vinduet{Education(payment.ExcludeEducation, language)}{most}{gate}");
    }

    private static string Level(SelfSupport level, Language language) =>
        level == SelfSupport.Full ? language.Say("full", "helt") : language.Say("full or partial", "helt eller delvis");

    private static string Education(bool excluded, Language language) =>
        excluded ? language.Say(", weeks in education not counting", ", uger i uddannelse tæller ikke med") : string.Empty;

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
