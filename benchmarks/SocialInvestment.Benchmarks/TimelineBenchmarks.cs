using BenchmarkDotNet.Attributes;
using NodaTime;

namespace SocialInvestment.Benchmarks;

/// <summary>The support timeline, weeks and triggers of one participant with about 10 spells (target: under 2 µs).</summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private readonly Contract _contract = new(
        "benchmark",
        new ObservationWindow(WindowAnchor.Start, 104),
        [
            new EnrolmentTrigger("enrolled"),
            new SustainedTrigger("job13", 13, SelfSupport.Full),
            new CountTrigger("self26", 26, SelfSupport.Partial, excludeEducation: true),
            new EducationTrigger("edu", 4),
        ],
        [new FixedPayment("fee", "enrolled", 10_000m), new ShareOfSavingsPayment("shared", "job13", Share.FromDecimal(0.5m), 0.1m)],
        new Dictionary<string, BenefitClass>(StringComparer.Ordinal)
        {
            ["kontanthjaelp"] = BenefitClass.Support,
            ["sygedagpenge"] = BenefitClass.Support,
            ["su"] = BenefitClass.Education,
        },
        new MonthlyCost(15_000m, 2026, 0.02m));

    private readonly LocalDate _asOf = new(2026, 6, 30);
    private Participant _participant = null!;
    private SpellRecord[] _spells = [];
    private BenefitClass[] _classes = [];

    [GlobalSetup]
    public void Setup()
    {
        var id = ParticipantId.From("P1");
        _participant = new Participant(id, new LocalDate(2024, 9, 2));
        var start = new LocalDate(2024, 1, 1);
        BenefitSpell[] spells = Enumerable.Range(0, 10)
            .Select(i => new BenefitSpell(
                id,
                (i % 3) switch { 0 => "kontanthjaelp", 1 => "sygedagpenge", _ => "su" },
                start.PlusDays(i * 70),
                start.PlusDays((i * 70) + 40),
                Degree.FromDecimal(i % 2 == 0 ? 1m : 0.5m)))
            .ToArray();
        var store = SpellStore.Of(spells, _contract);
        _spells = store.Rows.ToArray();
        _classes = store.Codes.Select(code => _contract.ClassOf(code)!.Value).ToArray();
    }

    [Benchmark]
    public ParticipantOutcome TimelineAndTriggers() =>
        ParticipantEvaluation.Evaluate(_contract, _participant, _spells, _classes, [], _asOf, default).Outcome;
}
