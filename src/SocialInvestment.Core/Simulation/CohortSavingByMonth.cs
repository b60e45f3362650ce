using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A cohort's gross saving (SPEC §8) per calendar month, in øre (docs/simulation.md, "Savings by month"): each
/// participant's months from the settlement's own support timeline and monthly costs, their gross saving parted over the
/// months by running totals (month k gets <c>round(S_k) − round(S_(k−1))</c>, with <c>S_k</c> the exact saving of the first
/// k months), so that a participant's months sum to their rounded gross saving and the cohort's months to
/// <see cref="SettlementResult.GrossSaving"/>.
/// </summary>
internal static class CohortSavingByMonth
{
    private static readonly SettlementOptions OneCore = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>Adds the cohort's saving of each month to <paramref name="cents"/>, whose index 0 is <paramref name="firstMonth"/>; every observed window month must lie in it.</summary>
    internal static void Add(Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, LocalDate asOf, YearMonth firstMonth, long[] cents)
    {
        IReadOnlyList<ParticipantEvaluation> evaluations = Outcomes.EvaluateAll(contract, participants, spells, [], asOf, OneCore);
        int firstYear = asOf.Year;
        foreach (ParticipantEvaluation evaluation in evaluations)
        {
            firstYear = Math.Min(firstYear, evaluation.Outcome.Window.Start.Year);
        }

        var rates = new MonthlyRates(contract.MonthlyCost, firstYear, asOf.Year);
        var months = new MonthlySavings();
        long[] parts = new long[64];
        int first = MonthNumber(firstMonth);
        foreach (ParticipantEvaluation evaluation in evaluations)
        {
            months.Fill(evaluation, rates);
            ReadOnlySpan<MonthlySaving> saved = months.Months;
            if (saved.IsEmpty)
            {
                continue;
            }

            int at = MonthNumber(saved[0].Month) - first;
            if (parts.Length < saved.Length)
            {
                parts = new long[saved.Length];
            }

            Part(saved, parts);
            for (int m = 0; m < saved.Length; m++)
            {
                cents[at + m] = checked(cents[at + m] + parts[m]);
            }
        }
    }

    /// <summary>Each month's part of the participant's rounded gross saving, by running totals.</summary>
    private static void Part(ReadOnlySpan<MonthlySaving> months, Span<long> parts)
    {
        try
        {
            var sum = default(ExactQuotientSum);
            long rounded = 0;
            for (int m = 0; m < months.Length; m++)
            {
                sum.Add(months[m].Rate.Amount, months[m].SelfSupportedDays, months[m].DaysInMonth);
                long cumulative = sum.RoundToMoney().Cents;
                parts[m] = checked(cumulative - rounded);
                rounded = cumulative;
            }
        }
        catch (OverflowException)
        {
            // Beyond 128 bits: the same running totals with unbounded fractions, as MonthlySavings does.
            Fraction sum = Fraction.Zero;
            long rounded = 0;
            for (int m = 0; m < months.Length; m++)
            {
                sum = sum.Plus(months[m].Gross);
                long cumulative = sum.RoundToMoney().Cents;
                parts[m] = checked(cumulative - rounded);
                rounded = cumulative;
            }
        }
    }

    internal static int MonthNumber(YearMonth month) => (month.Year * 12) + month.Month - 1;
}
