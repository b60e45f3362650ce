using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Tests;

/// <summary>Short builders for hand-computed examples: dates, ids and a contract with the SPEC's example benefit map.</summary>
internal static class Fixtures
{
    /// <summary>The example contract's benefit map (SPEC §2), plus a second support code used for summing.</summary>
    internal static readonly IReadOnlyDictionary<string, BenefitClass> Benefits = new Dictionary<string, BenefitClass>(StringComparer.Ordinal)
    {
        ["kontanthjaelp"] = BenefitClass.Support,
        ["integrationsydelse"] = BenefitClass.Support,
        ["sygedagpenge"] = BenefitClass.Support,
        ["su"] = BenefitClass.Education,
        ["boligstoette"] = BenefitClass.Ignore,
    };

    internal static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    internal static ParticipantId P(string id) => ParticipantId.From(id);

    internal static Contract Contract(
        IEnumerable<Trigger>? triggers = null,
        IEnumerable<Payment>? payments = null,
        WindowAnchor from = WindowAnchor.Start,
        int windowWeeks = 104,
        MonthlyCost? monthlyCost = null,
        Caps? caps = null,
        decimal partialMaxSupport = 0.5m,
        BenefitClass? unknownBenefits = null,
        int programmeWeeks = 20) =>
        new(
            "test",
            new ObservationWindow(from, windowWeeks),
            triggers ?? [],
            payments ?? [],
            Benefits,
            monthlyCost,
            caps,
            programmeWeeks: programmeWeeks,
            partialMaxSupport: Share.FromDecimal(partialMaxSupport),
            unknownBenefits: unknownBenefits);

    internal static Participant Person(string id, string start, string? end = null, bool completed = true) =>
        new(P(id), D(start), end is null ? null : D(end), completed);

    internal static BenefitSpell Spell(string id, string code, string from, string? to = null, decimal degree = 1m) =>
        new(P(id), code, D(from), to is null ? null : D(to), Degree.FromDecimal(degree));

    internal static OutcomeEvent Event(string id, string outcome, string date) => new(P(id), outcome, D(date));

    /// <summary>Evaluates one participant and returns the outcome.</summary>
    internal static ParticipantOutcome Outcome(Contract contract, Participant person, IEnumerable<BenefitSpell> spells, string asOf, IEnumerable<OutcomeEvent>? events = null) =>
        SocialInvestment.Outcomes.Evaluate(contract, [person], spells, events ?? [], D(asOf)).Single();

    /// <summary>The timeline of one participant over the window's days up to as_of.</summary>
    internal static ParticipantEvaluation Evaluation(Contract contract, Participant person, IEnumerable<BenefitSpell> spells, string asOf) =>
        SocialInvestment.Outcomes.EvaluateAll(contract, [person], spells, [], D(asOf), SettlementOptions.Default).Single();

    /// <summary>s(d) read off the core's timeline.</summary>
    internal static decimal LevelOn(ParticipantEvaluation evaluation, string date)
    {
        int day = DayNumber.Of(D(date));
        return evaluation.Timeline.Segments.ToArray().Single(s => s.FirstDay <= day && day <= s.LastDay).Level;
    }

    internal static bool EducationOn(ParticipantEvaluation evaluation, string date)
    {
        int day = DayNumber.Of(D(date));
        return evaluation.Timeline.Segments.ToArray().Single(s => s.FirstDay <= day && day <= s.LastDay).Education;
    }

    internal static Money M(decimal amount) => Money.FromAmount(amount);
}
