using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialInvestment.Tests.Settlement;

/// <summary>A random small settlement: a contract, a cohort with its spells and events, an as_of and a ledger.</summary>
internal sealed record Scenario(Contract Contract, Participant[] Participants, BenefitSpell[] Spells, OutcomeEvent[] Events, LocalDate AsOf, LedgerEntry[] Ledger, int Seed)
{
    internal SettlementResult Settle() => Settle(Participants, Spells, Events, AsOf, Ledger);

    internal SettlementResult Settle(IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events, LocalDate asOf, IEnumerable<LedgerEntry> ledger) =>
        SocialInvestment.Settlement.Run(Contract, participants, spells, events, asOf, new Ledger(ledger));

    public override string ToString() =>
        $"as_of {AsOf:uuuu-MM-dd}; window {Contract.Window.From} {Contract.Window.Weeks}w; programme {Contract.ProgrammeWeeks}w; partial {Contract.PartialMaxSupport}; "
        + $"unknown {Contract.UnknownBenefits?.ToString() ?? "error"}; cost {Contract.MonthlyCost?.Amount}/{Contract.MonthlyCost?.BaseYear}/{Contract.MonthlyCost?.AnnualIndexation}; "
        + $"caps {Contract.Caps.PerParticipant}/{Contract.Caps.Total}; code degrees {string.Join(",", Contract.BenefitDegrees.Select(d => $"{d.Key}={d.Value}"))}\n"
        + string.Join("\n", Contract.Triggers.Select(t => t switch
        {
            SelfSupportTrigger s => $"  trigger {s.Id} {s.Kind} {s.Weeks} {s.Level} excl={s.ExcludeEducation}",
            EducationTrigger e => $"  trigger {e.Id} education {e.Weeks}",
            _ => $"  trigger {t}",
        }))
        + "\n" + string.Join("\n", Contract.Payments.Select(p => p switch
        {
            FixedPayment f => $"  payment {f.Id} fixed {f.Trigger} {f.Amount}",
            ShareOfSavingsPayment s => $"  payment {s.Id} share {s.Gate} {s.Share} dw {s.Deadweight}",
            _ => $"  payment {p}",
        }))
        + "\n" + string.Join("\n", Participants.Select(p => $"  person {p} end {p.End} completed {p.Completed}"))
        + "\n" + string.Join("\n", Spells.Select(s => $"  spell {s}"))
        + "\n" + string.Join("\n", Events.Select(e => $"  event {e}"))
        + "\n" + string.Join("\n", Ledger.Select(l => $"  ledger {l.Key} {l.Amount}"))
        + $"\n  seed {Seed}";
}

/// <summary>Generators of random small scenarios (1–6 participants, 0–8 spells each over a few years).</summary>
internal static class Scenarios
{
    internal static readonly LocalDate Origin = new(2025, 1, 1);

    internal static readonly string[] Ids = ["a", "B", "Z", "aa", "p-1", "x.y"];

    internal static readonly string[] MappedCodes = ["kontanthjaelp", "integrationsydelse", "sygedagpenge", "su", "boligstoette"];

    internal static readonly string[] UnmappedCodes = ["ukendt1", "ukendt2"];

    internal static readonly decimal[] Degrees = [0.25m, 0.3333m, 0.5m, 0.75m, 1m];

    /// <summary>The degrees a contract may give support codes (SPEC-DK DK2), for spells without one of their own.</summary>
    internal static readonly Dictionary<string, Degree>[] CodeDegrees =
    [
        [],
        new(StringComparer.Ordinal) { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) },
        new(StringComparer.Ordinal) { ["kontanthjaelp"] = Degree.FromDecimal(0.3333m), ["sygedagpenge"] = Degree.FromDecimal(0.75m) },
    ];

    internal static Arbitrary<Scenario> Arbitrary { get; } = Scenario().ToArbitrary();

    /// <summary>Scenarios without a total cap, for the additivity property.</summary>
    internal static Arbitrary<Scenario> WithoutTotalCap { get; } = Scenario(allowTotalCap: false).ToArbitrary();

    internal static Gen<Scenario> Scenario(bool allowTotalCap = true) =>
        from contract in ContractGen(allowTotalCap)
        from people in PeopleGen()
        from spells in Gen.CollectToArray(people, p => SpellsOf(p.Id, p.Start, contract.UnknownBenefits is null))
        from events in Gen.CollectToArray(people, p => EventsOf(p.Id, p.Start))
        from asOf in Gen.Choose(0, 1500).Select(Origin.PlusDays)
        from ledger in LedgerGen(people, contract)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Scenario(contract, people, [.. spells.SelectMany(s => s)], [.. events.SelectMany(e => e)], asOf, ledger, seed);

    private static Gen<Contract> ContractGen(bool allowTotalCap) =>
        from programmeWeeks in Gen.Choose(1, 8)
        from anchor in Gen.Elements(WindowAnchor.Start, WindowAnchor.End)
        from windowWeeks in Gen.Frequency((4, Gen.Choose(1, 30)), (1, Gen.Choose(31, 110)))
        from partial in Gen.Elements(0m, 0.25m, 0.3333m, 0.5m, 0.75m, 1m)
        from unknown in Gen.Elements<BenefitClass?>(null, BenefitClass.Support, BenefitClass.Ignore)
        from cost in Gen.Elements<MonthlyCost?>(
            null,
            new MonthlyCost(15000m, 2026, 0.02m),
            new MonthlyCost(20833.33m, 2025, 0.031m),
            new MonthlyCost(0m, 2026),
            new MonthlyCost(17500.5m, 2027, -0.05m))
        from triggers in TriggersGen(windowWeeks)
        from payments in PaymentsGen(triggers.Select(t => t.Id).ToArray())
        from perCap in Gen.Elements<decimal?>(null, null, 0m, 5000m, 20000.5m, 100000m)
        from totalCap in allowTotalCap ? Gen.Elements<decimal?>(null, null, 0m, 15000m, 60000m, 1000000m) : Gen.Constant<decimal?>(null)
        from codeDegrees in Gen.Elements(CodeDegrees)
        select new Contract(
            "random",
            new ObservationWindow(anchor, windowWeeks),
            triggers,
            payments,
            Fixtures.Benefits,
            cost,
            new Caps(perCap is { } pc ? Money.FromAmount(pc) : null, totalCap is { } tc ? Money.FromAmount(tc) : null),
            programmeWeeks: programmeWeeks,
            partialMaxSupport: Share.FromDecimal(partial),
            unknownBenefits: unknown)
        {
            BenefitDegrees = codeDegrees,
        };

    private static Gen<Trigger[]> TriggersGen(int windowWeeks)
    {
        Gen<int> n = Gen.Frequency((3, Gen.Choose(1, Math.Min(6, windowWeeks))), (1, Gen.Choose(1, Math.Min(20, windowWeeks))));
        Gen<SelfSupport> level = Gen.Elements(SelfSupport.Full, SelfSupport.Partial);
        Gen<bool> exclude = Gen.Elements(false, true);
        return from sn in n
               from sl in level
               from se in exclude
               from cn in n
               from cl in level
               from ce in exclude
               from en in n
               select new Trigger[]
               {
                   new EnrolmentTrigger("enr"),
                   new CompletionTrigger("comp"),
                   new SustainedTrigger("sus", sn, sl, se),
                   new CountTrigger("cnt", cn, cl, ce),
                   new EducationTrigger("edu", en),
                   new EventTrigger("ev", "job"),
               };
    }

    private static Gen<Payment[]> PaymentsGen(string[] triggerIds) =>
        from feeTrigger in Gen.Elements(triggerIds)
        from feeAmount in Gen.Elements(10000m, 0m, 0.005m)
        from bonusTrigger in Gen.Elements(triggerIds)
        from bonusAmount in Gen.Elements(40000m, 1234.565m, 99.994m, 0m)
        from gate in Gen.Elements(triggerIds)
        from share in Gen.Elements(0m, 0.5m, 0.3333m, 1m)
        from deadweight in Gen.Elements(0m, 0.1m, 0.25m)
        from gate2 in Gen.Elements(triggerIds)
        from weekly in PerWeekGen(triggerIds)
        select new Payment[]
        {
            new FixedPayment("fee", feeTrigger, feeAmount),
            new FixedPayment("Bonus", bonusTrigger, bonusAmount),
            new ShareOfSavingsPayment("shared", gate, Share.FromDecimal(share), deadweight),
            new ShareOfSavingsPayment("Shared2", gate2, Share.FromDecimal(0.25m)),
            weekly,
        };

    /// <summary>A price per week (SPEC-DK DK6) of every form: levels, education either way, a gate or none, a limit or none.</summary>
    private static Gen<PerWeekPayment> PerWeekGen(string[] triggerIds) =>
        from amount in Gen.Elements(1500m, 0m, 333.335m, 0.004m)
        from level in Gen.Elements(SelfSupport.Full, SelfSupport.Partial)
        from education in Gen.Elements(0, 1, 2)
        from gate in Gen.Elements(triggerIds.Select(t => (string?)t).Append(null).ToArray())
        from maxWeeks in Gen.Elements<int?>(null, 1, 3, 10)
        select new PerWeekPayment("weekly", amount, level, orEducation: education == 1, excludeEducation: education == 2, gate, maxWeeks);

    private static Gen<Participant[]> PeopleGen() =>
        from count in Gen.Choose(1, 6)
        from ids in Gen.Shuffle(Ids)
        from people in Gen.CollectToArray(ids.Take(count), PersonGen)
        select people;

    private static Gen<Participant> PersonGen(string id) =>
        from start in Gen.Choose(0, 1150).Select(Origin.PlusDays)
        from endOffset in Gen.Elements<int?>(null, null, 0, 6, 30, 100)
        from completed in Gen.Elements(true, true, false)
        select new Participant(ParticipantId.From(id), start, endOffset is { } e ? start.PlusDays(e) : null, completed);

    internal static Gen<BenefitSpell[]> SpellsOf(ParticipantId id, LocalDate start, bool mappedOnly)
    {
        string[] codes = mappedOnly ? MappedCodes : [.. MappedCodes, .. UnmappedCodes];
        Gen<BenefitSpell> spell =
            from code in Gen.Elements(codes)
            from fromOffset in Gen.Choose(-60, 400)
            from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 150).Select(x => (int?)x)))
            from degree in Gen.Elements<decimal?>([.. Degrees, null])
            select new BenefitSpell(id, code, start.PlusDays(fromOffset), length is { } l ? start.PlusDays(fromOffset + l) : null, degree is { } d ? Degree.FromDecimal(d) : null);
        return from count in Gen.Choose(0, 8)
               from spells in Gen.ArrayOf(spell, count)
               select spells;
    }

    internal static Gen<OutcomeEvent[]> EventsOf(ParticipantId id, LocalDate start)
    {
        Gen<OutcomeEvent> row =
            from outcome in Gen.Elements("job", "job", "other")
            from offset in Gen.Choose(-30, 500)
            select new OutcomeEvent(id, outcome, start.PlusDays(offset));
        return from count in Gen.Choose(0, 3)
               from rows in Gen.ArrayOf(row, count)
               select rows;
    }

    private static Gen<LedgerEntry[]> LedgerGen(Participant[] people, Contract contract)
    {
        string[] who = [.. people.Select(p => p.Id.Value), "ghost"];
        string[] payments = [.. contract.Payments.Select(p => p.Id), "old"];
        Gen<LedgerEntry> row =
            from p in Gen.Elements(who)
            from pay in Gen.Elements(payments)
            from period in Gen.Elements("-", "2025-03", "2026-01", "2026-02")
            from cents in Gen.Choose(-50_000, 500_000)
            select new LedgerEntry(new LineKey(ParticipantId.From(p), pay, period), Money.FromAmount(cents / 100m));
        return from count in Gen.Choose(0, 4)
               from rows in Gen.ArrayOf(row, count)
               select rows;
    }
}
