using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Whether the outcomes are better than they would have been anyway (docs/evidence.md): for each trigger of a contract,
/// the share met with a Wilson interval, an exact binomial test against the trigger's baseline rate, the difference from
/// a comparison group with Newcombe's interval and a two-proportion test, and a Kaplan–Meier curve of the time to it.
/// Pure: the same outcomes give the same evidence. Nothing here changes a settlement.
/// </summary>
public static class Evidence
{
    /// <summary>The evidence for each trigger of a settlement, in contract order.</summary>
    /// <param name="result">The settlement: its contract, outcomes and <c>as_of</c>.</param>
    /// <param name="comparison">
    /// The comparison group's outcomes, evaluated with <see cref="Outcomes.Evaluate"/> under the same contract and
    /// <c>as_of</c>; null for none.
    /// </param>
    /// <param name="confidenceLevel">The confidence level of the intervals, above 0 and below 1; 0.95 for 95 %.</param>
    /// <exception cref="ArgumentException">The confidence level is not in (0, 1).</exception>
    public static IReadOnlyList<TriggerEvidence> ForSettlement(
        SettlementResult result,
        IReadOnlyList<ParticipantOutcome>? comparison = null,
        double confidenceLevel = Confidence.DefaultLevel)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        return ForTriggers(result.Contract, result.Outcomes, result.AsOf, comparison, confidenceLevel);
    }

    /// <summary>The evidence for each trigger of <paramref name="contract"/>, in contract order.</summary>
    /// <param name="contract">The contract whose triggers are reported.</param>
    /// <param name="outcomes">The cohort's outcomes, evaluated with <see cref="Outcomes.Evaluate"/> under <paramref name="contract"/> as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The data extraction date: times are censored there.</param>
    /// <param name="comparison">The comparison group's outcomes, evaluated in the same way; null for none.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals, above 0 and below 1; 0.95 for 95 %.</param>
    /// <exception cref="ArgumentException">The confidence level is not in (0, 1).</exception>
    public static IReadOnlyList<TriggerEvidence> ForTriggers(
        Contract contract,
        IReadOnlyList<ParticipantOutcome> outcomes,
        LocalDate asOf,
        IReadOnlyList<ParticipantOutcome>? comparison = null,
        double confidenceLevel = Confidence.DefaultLevel)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Confidence.Check(confidenceLevel, nameof(confidenceLevel));
        var evidence = new List<TriggerEvidence>(contract.Triggers.Count);
        foreach (Trigger trigger in contract.Triggers)
        {
            Proportion proportion = Proportion.Of(MetCount(trigger.Id, outcomes), outcomes.Count, confidenceLevel);
            BinomialTest? baseline = trigger.BaselineRate is { } rate && outcomes.Count > 0
                ? BinomialTest.Against(proportion.Met, proportion.Total, (double)rate.Value)
                : null;
            ProportionDifference? difference = null;
            KaplanMeierCurve? comparisonCurve = null;
            if (comparison is not null)
            {
                difference = ProportionDifference.Between(proportion, Proportion.Of(MetCount(trigger.Id, comparison), comparison.Count, confidenceLevel));
                comparisonCurve = KaplanMeierCurve.Estimate(TimesTo(trigger.Id, comparison, asOf));
            }

            evidence.Add(new TriggerEvidence(trigger, proportion, KaplanMeierCurve.Estimate(TimesTo(trigger.Id, outcomes, asOf)))
            {
                AgainstBaseline = baseline,
                AgainstComparison = difference,
                ComparisonTimeToOutcome = comparisonCurve,
            });
        }

        return evidence.AsReadOnly();
    }

    /// <summary>
    /// The evidence for each trigger within each municipality (SPEC-DK DK7, <see cref="Participant.Municipality"/>), so
    /// that methods can be compared across municipalities: the same rates, intervals and baseline tests as
    /// <see cref="ForTriggers"/> gives the whole cohort, on each municipality's participants alone. Municipalities in
    /// code-point order of their name; participants without one under <c>""</c>; empty where no participant has one.
    /// </summary>
    /// <param name="contract">The contract whose triggers are reported.</param>
    /// <param name="outcomes">The cohort's outcomes, as for <see cref="ForTriggers"/>.</param>
    /// <param name="asOf">The data extraction date: times are censored there.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals, above 0 and below 1.</param>
    /// <exception cref="ArgumentException">The confidence level is not in (0, 1).</exception>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<TriggerEvidence>>> ForMunicipalities(
        Contract contract,
        IReadOnlyList<ParticipantOutcome> outcomes,
        LocalDate asOf,
        double confidenceLevel = Confidence.DefaultLevel)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Confidence.Check(confidenceLevel, nameof(confidenceLevel));
        if (!outcomes.Any(o => o.Participant.Municipality is not null))
        {
            return [];
        }

        return
        [
            .. outcomes
                .GroupBy(o => o.Participant.Municipality ?? string.Empty, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, ForTriggers(contract, [.. g], asOf, confidenceLevel: confidenceLevel))),
        ];
    }

    /// <summary>
    /// Each participant's time to a trigger, for a Kaplan–Meier curve, measured in days from their window start W0:
    /// where the trigger was met by <paramref name="asOf"/> on day d, max(0, d − W0) days, met (a trigger met before W0,
    /// such as enrolment with <c>window.from = end</c>, counts as met on day 0); otherwise censored at
    /// min(<paramref name="asOf"/>, window end) − W0 days, the last day observed.
    /// Participants whose window starts after <paramref name="asOf"/> are left out: nothing of their window was observed.
    /// </summary>
    /// <param name="triggerId">The trigger's id.</param>
    /// <param name="outcomes">The participants' outcomes as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The data extraction date the outcomes were evaluated at.</param>
    /// <returns>One time per participant whose window starts on or before <paramref name="asOf"/>, in the order of <paramref name="outcomes"/>.</returns>
    public static IReadOnlyList<TimeToOutcome> TimesTo(string triggerId, IEnumerable<ParticipantOutcome> outcomes, LocalDate asOf)
    {
        Preconditions.CheckNotNull(triggerId, nameof(triggerId));
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        var times = new List<TimeToOutcome>();
        foreach (ParticipantOutcome outcome in outcomes)
        {
            LocalDate start = outcome.WindowStart;
            if (start > asOf)
            {
                continue;
            }

            times.Add(outcome.DateMet(triggerId) is { } met
                ? new TimeToOutcome(Math.Max(0, Period.DaysBetween(start, met)), Met: true)
                : new TimeToOutcome(Period.DaysBetween(start, LocalDate.Min(asOf, outcome.WindowEnd)), Met: false));
        }

        return times.AsReadOnly();
    }

    private static int MetCount(string triggerId, IReadOnlyList<ParticipantOutcome> outcomes)
    {
        int met = 0;
        foreach (ParticipantOutcome outcome in outcomes)
        {
            if (outcome.MetOn.ContainsKey(triggerId))
            {
                met++;
            }
        }

        return met;
    }
}
