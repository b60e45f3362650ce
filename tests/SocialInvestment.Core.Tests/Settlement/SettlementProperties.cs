using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Tests.Reference;

namespace SocialInvestment.Tests.Settlement;

/// <summary>Invariants of the settlement over random small scenarios, and agreement with the naive day-by-day reference.</summary>
public sealed class SettlementProperties
{
    private static (string P, string Pay, string Per, LocalDate Date, decimal Amount, decimal Payable, decimal PaidBefore, decimal Due) Row(SettlementLine l) =>
        (l.ParticipantId.Value, l.Payment, l.Period, l.Date, l.Amount.Amount, l.Payable.Amount, l.PaidBefore.Amount, l.Due.Amount);

    private static (string P, string Pay, string Per, LocalDate Date, decimal Amount, decimal Payable, decimal PaidBefore, decimal Due) Row(NaiveLine l) =>
        (l.Participant, l.Payment, l.Period, l.Date, l.Amount, l.Payable, l.PaidBefore, l.Due);

    private static string Met(IReadOnlyDictionary<string, LocalDate> metOn) =>
        string.Join(";", metOn.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value:uuuu-MM-dd}"));

    private static List<string> Rows(SettlementResult result) =>
        [.. result.Lines.Select(l => Row(l).ToString())];

    private static T[] Shuffled<T>(IEnumerable<T> items, Random random)
    {
        T[] array = [.. items];
        random.Shuffle(array);
        return array;
    }

    [Property(MaxTest = 1000)]
    public Property Interval_sweep_agrees_with_naive_day_by_day_evaluation() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        SettlementResult core = s.Settle();
        NaiveResult naive = NaiveSettlement.Run(s.Contract, s.Participants, s.Spells, s.Events, s.AsOf, s.Ledger);

        Assert.Equal(naive.Participants.Select(p => p.Id), core.Outcomes.Select(o => o.ParticipantId.Value));
        foreach (var (expected, actual) in naive.Participants.Zip(core.Outcomes))
        {
            Assert.Equal(Met(expected.MetOn), Met(actual.MetOn));
            Assert.Equal(new WeekCounts(expected.Full, expected.Partial, expected.None, expected.Unobserved), actual.Weeks);
            Assert.Equal(expected.Gross, core.GrossSavings[actual.ParticipantId].Amount);
        }

        Assert.Equal(naive.Lines.Select(Row), core.Lines.Select(Row));
        Assert.Equal(naive.Participants.Sum(p => p.Gross), core.GrossSaving.Amount);
    });

    [Property(MaxTest = 1000)]
    public Property Gross_saving_by_month_agrees_with_naive_running_totals_and_sums_to_the_gross_saving() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        SettlementResult core = s.Settle();
        NaiveResult naive = NaiveSettlement.Run(s.Contract, s.Participants, s.Spells, s.Events, s.AsOf, s.Ledger);

        var expected = new SortedDictionary<YearMonth, decimal>();
        foreach (NaiveParticipant participant in naive.Participants)
        {
            foreach (var (month, part) in participant.GrossByMonth)
            {
                expected[month] = expected.GetValueOrDefault(month) + part;
            }
        }

        if (expected.Count > 0)
        {
            for (YearMonth m = expected.Keys.First(); m < expected.Keys.Last(); m = m.PlusMonths(1))
            {
                expected.TryAdd(m, 0m);
            }
        }

        Assert.Equal(expected.Select(kv => (kv.Key, kv.Value)), core.GrossSavingByMonth.Select(kv => (kv.Key, kv.Value.Amount)));
        Assert.Equal(core.GrossSaving, core.GrossSavingByMonth.Aggregate(Money.Zero, (sum, m) => sum + m.Value));
    });

    [Property(MaxTest = 300)]
    public Property Outcomes_and_lines_do_not_depend_on_row_order() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        var random = new Random(s.Seed);
        SettlementResult original = s.Settle();
        SettlementResult shuffled = s.Settle(
            Shuffled(s.Participants, random), Shuffled(s.Spells, random), Shuffled(s.Events, random), s.AsOf, Shuffled(s.Ledger, random));

        Assert.Equal(Rows(original), Rows(shuffled));
        Assert.Equal(original.Outcomes.Select(o => Met(o.MetOn)), shuffled.Outcomes.Select(o => Met(o.MetOn)));
        Assert.Equal(original.GrossSaving, shuffled.GrossSaving);
    });

    [Property(MaxTest = 300)]
    public Property Splitting_a_spell_into_two_adjacent_pieces_changes_nothing() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        var random = new Random(s.Seed);
        var spells = s.Spells.ToList();
        int[] splittable = [.. Enumerable.Range(0, spells.Count).Where(i => spells[i].To is not { } to || to > spells[i].From)];
        if (splittable.Length == 0)
        {
            return;
        }

        int index = splittable[random.Next(splittable.Length)];
        BenefitSpell spell = spells[index];
        int length = spell.To is { } last ? Period.Between(spell.From, last, PeriodUnits.Days).Days : 200;
        LocalDate cut = spell.From.PlusDays(random.Next(length));
        spells[index] = new BenefitSpell(spell.ParticipantId, spell.BenefitCode, spell.From, cut, spell.Degree);
        spells.Insert(index + 1, new BenefitSpell(spell.ParticipantId, spell.BenefitCode, cut.PlusDays(1), spell.To, spell.Degree));

        SettlementResult split = s.Settle(s.Participants, spells, s.Events, s.AsOf, s.Ledger);
        SettlementResult whole = s.Settle();
        Assert.Equal(Rows(whole), Rows(split));
        Assert.Equal(whole.Outcomes.Select(o => o.Weeks), split.Outcomes.Select(o => o.Weeks));
        Assert.Equal(whole.GrossSaving, split.GrossSaving);
    });

    [Property(MaxTest = 300)]
    public Property A_duplicate_row_of_the_same_code_changes_nothing() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        if (s.Spells.Length == 0)
        {
            return;
        }

        var random = new Random(s.Seed);
        BenefitSpell twin = s.Spells[random.Next(s.Spells.Length)];
        SettlementResult doubled = s.Settle(s.Participants, [.. s.Spells, twin], s.Events, s.AsOf, s.Ledger);
        SettlementResult once = s.Settle();
        Assert.Equal(Rows(once), Rows(doubled));
        Assert.Equal(once.Outcomes.Select(o => o.Weeks), doubled.Outcomes.Select(o => o.Weeks));
        Assert.Equal(once.GrossSaving, doubled.GrossSaving);
    });

    [Property(MaxTest = 300)]
    public Property Rows_of_people_outside_the_cohort_change_nothing() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        var outsider = ParticipantId.From("outsider");
        BenefitSpell[] strangers =
        [
            new(outsider, "kontanthjaelp", s.AsOf.PlusDays(-400), null),
            new(outsider, "not-mapped-anywhere", s.AsOf.PlusDays(-100), s.AsOf),
            .. s.Spells.Select(x => new BenefitSpell(outsider, x.BenefitCode, x.From, x.To, x.Degree)),
        ];
        OutcomeEvent[] strangerEvents = [.. s.Events.Select(e => new OutcomeEvent(outsider, e.Outcome, e.Date))];

        SettlementResult with = s.Settle(s.Participants, [.. strangers, .. s.Spells], [.. s.Events, .. strangerEvents], s.AsOf, s.Ledger);
        SettlementResult without = s.Settle();
        Assert.Equal(Rows(without), Rows(with));
        Assert.Equal(without.GrossSaving, with.GrossSaving);
    });

    [Property(MaxTest = 500)]
    public Property Payable_respects_amount_and_caps_and_totals_reconcile() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        SettlementResult result = s.Settle();
        Caps caps = s.Contract.Caps;
        foreach (SettlementLine line in result.Lines)
        {
            Assert.InRange(line.Payable, Money.Zero, line.Amount);
            Assert.Equal(line.Amount - line.Payable, line.Capped);
            Assert.Equal(line.Payable - line.PaidBefore, line.Due);
        }

        foreach (var group in result.Lines.GroupBy(l => l.ParticipantId))
        {
            Money paid = group.Aggregate(Money.Zero, (sum, l) => sum + l.Payable);
            Assert.True(caps.PerParticipant is not { } cap || paid <= cap, $"{group.Key} paid {paid} over its cap {caps.PerParticipant}");
        }

        Money total = result.Lines.Aggregate(Money.Zero, (sum, l) => sum + l.Payable);
        Assert.True(caps.Total is not { } totalCap || total <= totalCap, $"paid {total} over the total cap {caps.Total}");

        Assert.Equal(result.Lines.Count, result.Totals.Lines);
        Assert.Equal(result.Lines.Aggregate(Money.Zero, (a, l) => a + l.Amount), result.Totals.Amount);
        Assert.Equal(total, result.Totals.Payable);
        Assert.Equal(result.Lines.Aggregate(Money.Zero, (a, l) => a + l.Capped), result.Totals.Capped);
        Assert.Equal(result.Lines.Aggregate(Money.Zero, (a, l) => a + l.PaidBefore), result.Totals.PaidBefore);
        Assert.Equal(result.Lines.Aggregate(Money.Zero, (a, l) => a + l.Due), result.Totals.Due);
        foreach (var (payment, totals) in result.PaymentTotals)
        {
            Assert.Equal(SettlementTotals.Of(result.Lines.Where(l => l.Payment == payment)), totals);
        }

        Assert.Equal(result.GrossSavings.Values.Aggregate(Money.Zero, (a, g) => a + g), result.GrossSaving);
        Assert.Equal(s.Ledger.Aggregate(Money.Zero, (a, e) => a + e.Amount), result.Totals.PaidBefore);
    });

    [Property(MaxTest = 300)]
    public Property Without_a_total_cap_settling_two_halves_and_adding_equals_settling_the_whole() => Prop.ForAll(Scenarios.WithoutTotalCap, s =>
    {
        var random = new Random(s.Seed);
        var firstHalf = s.Participants.Where(_ => random.Next(2) == 0).Select(p => p.Id).ToHashSet();
        bool InFirst(ParticipantId id) => firstHalf.Contains(id);

        SettlementResult first = s.Settle(
            s.Participants.Where(p => InFirst(p.Id)), s.Spells, s.Events, s.AsOf, s.Ledger.Where(e => InFirst(e.Key.ParticipantId)));
        SettlementResult second = s.Settle(
            s.Participants.Where(p => !InFirst(p.Id)), s.Spells, s.Events, s.AsOf, s.Ledger.Where(e => !InFirst(e.Key.ParticipantId)));
        SettlementResult whole = s.Settle();

        Assert.Equal(Rows(whole).Order(StringComparer.Ordinal), Rows(first).Concat(Rows(second)).Order(StringComparer.Ordinal));
        Assert.Equal(whole.GrossSaving, first.GrossSaving + second.GrossSaving);
    });

    [Property(MaxTest = 300)]
    public Property A_later_as_of_never_lowers_a_line_amount() => Prop.ForAll(Scenarios.Arbitrary, s =>
    {
        var random = new Random(s.Seed);
        LocalDate later = s.AsOf.PlusDays(random.Next(1, 200));
        SettlementResult before = s.Settle(s.Participants, s.Spells, s.Events, s.AsOf, []);
        SettlementResult after = s.Settle(s.Participants, s.Spells, s.Events, later, []);
        var amountsAfter = after.Lines.ToDictionary(l => l.Key, l => l.Amount);
        foreach (SettlementLine line in before.Lines)
        {
            Assert.True(amountsAfter.TryGetValue(line.Key, out Money amount), $"{line.Key} vanished at {later}");
            Assert.True(amount >= line.Amount, $"{line.Key}: {line.Amount} as of {s.AsOf} but {amount} as of {later}");
        }
    });
}
