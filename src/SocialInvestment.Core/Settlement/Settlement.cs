using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Settles an outcome contract as of a date (SPEC §6–8): a pure function from the contract, the cohort, its benefit
/// spells and evidenced outcomes, and the ledger of earlier payments, to the lines owed. No clock, no files.
/// </summary>
public static class Settlement
{
    /// <summary>Settles a contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="participants">The cohort; ids unique.</param>
    /// <param name="spells">Benefit spells; rows of people outside the cohort are ignored. Every code of a cohort member must be mapped by the contract unless it sets <c>unknown_benefits</c>.</param>
    /// <param name="events">Evidenced outcomes; rows of people outside the cohort are ignored.</param>
    /// <param name="asOf">The data extraction date: nothing after it is known.</param>
    /// <param name="ledger">What was paid before; null for nothing.</param>
    /// <exception cref="ArgumentException">A participant id is duplicated, or a spell's benefit code is not mapped.</exception>
    public static SettlementResult Run(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        Ledger? ledger = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        ledger ??= Ledger.Empty;
        IReadOnlyList<ParticipantEvaluation> evaluations = Outcomes.EvaluateAll(contract, participants, spells, events, asOf);

        var lines = new List<LineDraft>();
        var grossSavings = new Dictionary<ParticipantId, Money>();
        foreach (ParticipantEvaluation evaluation in evaluations)
        {
            var months = MonthlySavings.Of(evaluation, contract.MonthlyCost);
            grossSavings.Add(evaluation.Outcome.ParticipantId, months.Gross);
            AddPaymentLines(contract, evaluation.Outcome, months, lines);
        }

        var earned = new HashSet<LineKey>(lines.Select(l => l.Key));
        foreach (LineKey key in ledger.Keys)
        {
            if (!earned.Contains(key))
            {
                // Keeps what was paid in view: the line earns nothing today, so all of it is due back.
                lines.Add(new LineDraft(key, asOf, Money.Zero));
            }
        }

        lines.Sort(static (a, b) =>
        {
            int c = a.Date.CompareTo(b.Date);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        });

        return new SettlementResult(
            contract,
            asOf,
            ApplyCaps(contract.Caps, lines, ledger),
            evaluations.Select(e => e.Outcome).ToList().AsReadOnly(),
            new ReadOnlyDictionary<ParticipantId, Money>(grossSavings));
    }

    private static void AddPaymentLines(Contract contract, ParticipantOutcome outcome, MonthlySavings months, List<LineDraft> lines)
    {
        foreach (Payment payment in contract.Payments)
        {
            switch (payment)
            {
                case FixedPayment f when outcome.DateMet(f.Trigger) is { } date:
                    lines.Add(new LineDraft(new LineKey(outcome.ParticipantId, f.Id, LineKey.NoPeriod), date, Money.Round(f.Amount)));
                    break;
                case ShareOfSavingsPayment s when outcome.MetOn.ContainsKey(s.Gate):
                    foreach (MonthlySaving month in months.Months)
                    {
                        string period = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                        Money amount = month.Share(s.Share.Value, s.Deadweight);
                        lines.Add(new LineDraft(new LineKey(outcome.ParticipantId, s.Id, period), month.LastDay, amount));
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static ReadOnlyCollection<SettlementLine> ApplyCaps(Caps caps, List<LineDraft> lines, Ledger ledger)
    {
        var paidByParticipant = new Dictionary<ParticipantId, Money>();
        Money paidInTotal = Money.Zero;
        var result = new SettlementLine[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            LineDraft line = lines[i];
            Money payable = line.Amount;
            Money paidForParticipant = paidByParticipant.GetValueOrDefault(line.Key.ParticipantId);
            if (caps.PerParticipant is { } perParticipant)
            {
                payable = Money.Min(payable, perParticipant - paidForParticipant);
            }

            if (caps.Total is { } total)
            {
                payable = Money.Min(payable, total - paidInTotal);
            }

            paidByParticipant[line.Key.ParticipantId] = paidForParticipant + payable;
            paidInTotal += payable;
            result[i] = new SettlementLine(line.Key, line.Date, line.Amount, payable, ledger.PaidBefore(line.Key));
        }

        return Array.AsReadOnly(result);
    }

    private readonly record struct LineDraft(LineKey Key, LocalDate Date, Money Amount);
}
