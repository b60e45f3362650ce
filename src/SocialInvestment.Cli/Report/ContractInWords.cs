using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>The contract in plain words for the report: its window, triggers, payments, caps, gates and payers, one sentence each.</summary>
internal static class ContractInWords
{
    /// <summary>The window, money and payer sentences, in the order the report lists them.</summary>
    internal static IReadOnlyList<string> General(Contract contract)
    {
        var sentences = new List<string>
        {
            contract.Window.From == WindowAnchor.Start
                ? $"Each participant is followed for {contract.Window.Weeks} weeks from the day they start the programme."
                : $"Each participant is followed for {contract.Window.Weeks} weeks from the end of the programme ({contract.ProgrammeWeeks} weeks after the start).",
        };
        if (BenefitWords.Degrees(contract).ToList() is { Count: > 0 } degrees)
        {
            sentences.Add($"A benefit row that gives no degree of its own counts at the degree the contract gives its code: {string.Join("; ", degrees)}.");
        }

        if (contract.MonthlyCost is { } cost)
        {
            string indexed = cost.AnnualIndexation == 0m ? string.Empty : $", indexed by {ReportFormat.English.Percent(cost.AnnualIndexation)} a year";
            sentences.Add($"A month on support costs the payer {ReportFormat.English.Amount(cost.Amount)} {contract.Currency} in {cost.BaseYear}{indexed}.");
        }

        if (contract.Caps.PerParticipant is { } perParticipant)
        {
            sentences.Add($"No participant earns more than {ReportFormat.English.Money(perParticipant)} {contract.Currency} in all.");
        }

        if (contract.Caps.Total is { } total)
        {
            sentences.Add($"The contract pays at most {ReportFormat.English.Money(total)} {contract.Currency} in all.");
        }

        sentences.Add(contract.PaymentDays == 0
            ? "Each payment is made on its line's date."
            : $"Each payment is made {contract.PaymentDays} days after its line's date.");
        if (contract.Payers.Count > 0)
        {
            sentences.Add("The payments are shared by " + string.Join(", ", contract.Payers.Select(p => $"{p.Id} ({ReportFormat.English.Percent(p.Share.Value)})")) + ".");
        }

        return sentences;
    }

    /// <summary>A trigger in words: <c>job13: 13 full weeks in a row off support</c>.</summary>
    internal static string Trigger(Contract contract, Trigger trigger)
    {
        string what = trigger switch
        {
            EnrolmentTrigger => "the participant starts the programme",
            CompletionTrigger => $"the participant completes the programme ({contract.ProgrammeWeeks} weeks)",
            SustainedTrigger s => $"{s.Weeks} {Level(s.Level)} weeks in a row off support within the window{Education(s.ExcludeEducation)}",
            CountTrigger c => $"{c.Weeks} {Level(c.Level)} weeks off support within the window, in a row or not{Education(c.ExcludeEducation)}",
            EducationTrigger e => $"{e.Weeks} {(e.Weeks == 1 ? "week" : "weeks")} in education within the window",
            EventTrigger e => $"the outcome '{e.Outcome}' is evidenced in events.csv",
            EmploymentTrigger e => Employment(e),
            _ => trigger.Kind,
        };
        string after = trigger.After is { } first ? $", after '{first}' is met" : string.Empty;
        string baseline = trigger.BaselineRate is { } rate ? $" Without the programme, {ReportFormat.English.Percent(rate.Value)} would be expected to meet it (baseline rate)." : string.Empty;
        return $"{trigger.Id}: {what}{after}.{baseline}";
    }

    /// <summary>An employment trigger in words: <c>an employment rate of at least 25 % on average over 6 consecutive months within the window</c>.</summary>
    internal static string Employment(EmploymentTrigger trigger) =>
        trigger.Months == 1
            ? $"an employment rate of at least {ReportFormat.English.Percent(trigger.MinRate)} in a calendar month within the window"
            : $"an employment rate of at least {ReportFormat.English.Percent(trigger.MinRate)} on average over {trigger.Months} consecutive calendar months within the window";

    /// <summary>A payment in words, with its cap and cohort gate.</summary>
    internal static string Payment(Contract contract, Payment payment)
    {
        string currency = contract.Currency;
        string what = payment switch
        {
            FixedPayment { Tiers: { } tiers } f => $"a fixed price for each participant who meets '{f.Trigger}', by volume: {string.Join("; ", tiers.Select(t => t.UpTo is { } upTo ? $"{ReportFormat.English.Amount(t.Amount)} {currency} up to the {Ordinal(upTo)}" : $"{ReportFormat.English.Amount(t.Amount)} {currency} beyond"))}",
            FixedPayment f when f.Prices.Count > 1 => $"a fixed price for each participant who meets '{f.Trigger}', by how soon: {string.Join("; ", f.Prices.Select(p => p.UntilMonths is { } months ? $"{ReportFormat.English.Amount(p.Amount)} {currency} within {months} months" : $"{ReportFormat.English.Amount(p.Amount)} {currency} later"))}",
            FixedPayment f => $"{ReportFormat.English.Amount(f.Amount)} {currency} for each participant who meets '{f.Trigger}'",
            ShareOfSavingsPayment s => $"{ReportFormat.English.Percent(s.Share.Value)} of the saving for each month off support after '{s.Gate}' is met{(s.Deadweight == 0m ? string.Empty : $", less {ReportFormat.English.Percent(s.Deadweight)} deadweight")}",
            DeliveryFeePayment { MonthlyAmount: { } monthly } d => $"{ReportFormat.English.Amount(monthly)} {currency} a month for {d.Months} months from {ReportFormat.English.Month(d.From)}",
            DeliveryFeePayment d => $"{ReportFormat.English.Percent(d.ShareOfContractValue?.Value ?? 0m)} of the contract value of {ReportFormat.English.Amount(d.ContractValue ?? 0m)} {currency}, over {d.Months} months from {ReportFormat.English.Month(d.From)}",
            PerWeekPayment w => PerWeek(w, currency),
            _ => payment.Kind,
        };
        if (payment is FixedPayment { Indexation: { } indexation })
        {
            what += $", indexed by {ReportFormat.English.Percent(indexation.AnnualIndexation)} a year from {indexation.BaseYear}";
        }

        var limits = new List<string>();
        if (payment.Cap is { } cap)
        {
            if (cap.Count is { } count)
            {
                limits.Add($"paid for at most {ReportFormat.English.Count(count)} participants");
            }

            if (cap.Amount is { } amount)
            {
                limits.Add($"at most {ReportFormat.English.Money(amount)} {currency} in all");
            }

            if (cap.ParticipantShare is { } share)
            {
                limits.Add($"paid for at most {ReportFormat.English.Percent(share.Value)} of the participants");
            }
        }

        if (payment.CohortGate is { } gate)
        {
            string against = gate.BaselineRate is { } rate ? $"the baseline rate of {ReportFormat.English.Percent(rate.Value)}" : "the comparison group's share";
            string direction = gate.Direction == GateDirection.Higher ? "higher" : "lower";
            limits.Add($"paid only for a cohort whose share meeting '{gate.Trigger}' is at least {ReportFormat.English.Percent(gate.Margin)} {direction} than {against}, relatively, at its evaluation date");
        }

        string limit = limits.Count == 0 ? string.Empty : " (" + string.Join("; ", limits) + ")";
        return $"{payment.Id}: {what}{limit}.";
    }

    /// <summary>A price per week in words: <c>1,500.00 DKK for each full or partial week off support or in education within the window, at most 104 weeks, once 'enrolled' is met</c>.</summary>
    private static string PerWeek(PerWeekPayment payment, string currency)
    {
        string education = payment.OrEducation ? " or in education" : string.Empty;
        string most = payment.MaxWeeks is { } max ? $", at most {ReportFormat.English.Count(max)} {(max == 1 ? "week" : "weeks")}" : string.Empty;
        string gate = payment.Gate is { } g ? $", once '{g}' is met (also for the weeks before it)" : string.Empty;
        return $"{ReportFormat.English.Amount(payment.Amount)} {currency} for each {Level(payment.Level)} week off support{education} within the window{Education(payment.ExcludeEducation)}{most}{gate}";
    }

    private static string Level(SelfSupport level) => level == SelfSupport.Full ? "full" : "full or partial";

    private static string Education(bool excluded) => excluded ? ", weeks in education not counting" : string.Empty;

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
