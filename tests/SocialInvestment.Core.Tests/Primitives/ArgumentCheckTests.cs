using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Primitives;

/// <summary>Every domain constructor throws an <see cref="ArgumentException"/> that names the offending parameter.</summary>
public sealed class ArgumentCheckTests
{
    private static void AssertRejects(string paramName, Action construct)
    {
        var error = Assert.ThrowsAny<ArgumentException>(construct);
        Assert.Equal(paramName, error.ParamName);
    }

    private static readonly Trigger[] Enrolled = [new EnrolmentTrigger("enrolled")];

    [Fact]
    public void Spell_ending_before_it_starts_names_to() =>
        AssertRejects("to", () => _ = new BenefitSpell(P("a"), "kontanthjaelp", D("2026-02-01"), D("2026-01-31")));

    [Fact]
    public void Spell_with_empty_code_names_benefitCode() =>
        AssertRejects("benefitCode", () => _ = new BenefitSpell(P("a"), string.Empty, D("2026-02-01")));

    [Fact]
    public void Participant_ending_before_start_names_end() =>
        AssertRejects("end", () => _ = new Participant(P("a"), D("2026-02-01"), D("2026-01-31")));

    [Fact]
    public void Event_with_empty_outcome_names_outcome() =>
        AssertRejects("outcome", () => _ = new OutcomeEvent(P("a"), string.Empty, D("2026-02-01")));

    [Fact]
    public void Monthly_cost_out_of_range_names_the_field()
    {
        AssertRejects("amount", () => _ = new MonthlyCost(-0.01m, 2026));
        AssertRejects("annualIndexation", () => _ = new MonthlyCost(15000m, 2026, -1m));
    }

    [Fact]
    public void Payments_out_of_range_name_the_field()
    {
        AssertRejects("amount", () => _ = new FixedPayment("fee", "enrolled", -1m));
        AssertRejects("deadweight", () => _ = new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m), 1m));
        AssertRejects("deadweight", () => _ = new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m), -0.1m));
        AssertRejects("id", () => _ = new FixedPayment("fee fee", "enrolled", 1m));
        AssertRejects("trigger", () => _ = new FixedPayment("fee", "en/rolled", 1m));
    }

    [Fact]
    public void Triggers_out_of_range_name_the_field()
    {
        AssertRejects("weeks", () => _ = new SustainedTrigger("job", 0, SelfSupport.Full));
        AssertRejects("level", () => _ = new CountTrigger("self", 1, SelfSupport.None));
        AssertRejects("weeks", () => _ = new EducationTrigger("edu", 0));
        AssertRejects("outcome", () => _ = new EventTrigger("ev", string.Empty));
    }

    [Fact]
    public void Caps_below_zero_name_the_field()
    {
        AssertRejects("perParticipant", () => _ = new Caps(perParticipant: Money.FromAmount(-1m)));
        AssertRejects("total", () => _ = new Caps(total: Money.FromAmount(-1m)));
    }

    [Fact]
    public void Window_of_no_weeks_names_weeks() =>
        AssertRejects("weeks", () => _ = new ObservationWindow(WindowAnchor.Start, 0));

    [Fact]
    public void Contract_rules_name_the_field()
    {
        AssertRejects("triggers", () => Contract([new SustainedTrigger("job", 5, SelfSupport.Full)], windowWeeks: 4));
        AssertRejects("triggers", () => Contract([new EnrolmentTrigger("x"), new CompletionTrigger("x")]));
        AssertRejects("payments", () => Contract(Enrolled, [new FixedPayment("fee", "missing", 1m)]));
        AssertRejects("payments", () => Contract(Enrolled, [new FixedPayment("fee", "enrolled", 1m), new FixedPayment("fee", "enrolled", 2m)]));
        AssertRejects("programmeWeeks", () => Contract(Enrolled, programmeWeeks: 0));
    }

    [Fact]
    public void Line_with_payable_above_amount_names_payable() =>
        AssertRejects("payable", () => _ = new SettlementLine(new LineKey(P("a"), "fee", "-"), new LocalDate(2026, 1, 1), M(1m), M(2m), Money.Zero));

    [Fact]
    public void Duplicate_participant_names_participants() =>
        AssertRejects("participants", () => SocialInvestment.Outcomes.Evaluate(Contract(Enrolled), [Person("a", "2026-01-01"), Person("a", "2026-02-01")], [], [], D("2026-06-30")));

    /// <summary>An id may be a CPR number (SPEC §9), so a library message shows it masked, as reader messages do.</summary>
    [Fact]
    public void Duplicate_participant_message_masks_an_id_that_may_be_a_CPR_number()
    {
        var error = Assert.Throws<ArgumentException>(() => SocialInvestment.Outcomes.Evaluate(Contract(Enrolled), [Person("010180-1234", "2026-01-01"), Person("010180-1234", "2026-02-01")], [], [], D("2026-06-30")));

        Assert.Equal("Participant '<digits hidden>' appears twice. (Parameter 'participants')", error.Message);
    }

    [Fact]
    public void Unmapped_code_of_a_cohort_member_is_an_error_without_unknown_benefits() =>
        AssertRejects("spells", () => SocialInvestment.Outcomes.Evaluate(Contract(Enrolled), [Person("a", "2026-01-01")], [Spell("a", "ukendt", "2026-01-02")], [], D("2026-06-30")));
}
