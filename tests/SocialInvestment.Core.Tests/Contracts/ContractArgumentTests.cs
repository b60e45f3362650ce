using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts;

/// <summary>
/// SPEC v1's contract types check their arguments for a library user who builds a contract in code: each check names
/// its parameter and says the rule, with the ids involved, so that the caller can find the mistake without a debugger.
/// </summary>
public sealed class ContractArgumentTests
{
    private const string IdRule = "is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.";
    private static readonly ObservationWindow Window = new(WindowAnchor.Start, 52);

    private static void AssertRejects(string paramName, string message, Func<object> construct)
    {
        var error = Assert.ThrowsAny<ArgumentException>(construct);
        Assert.Equal(paramName, error.ParamName);
        Assert.StartsWith($"{message} (Parameter '{paramName}')", error.Message, StringComparison.Ordinal);
    }

    private static Contract ContractOf(IEnumerable<Trigger> triggers, IEnumerable<Payment>? payments = null, string currency = "DKK", BenefitClass? unknownBenefits = null) =>
        new("x", Window, triggers, payments ?? [], currency: currency, unknownBenefits: unknownBenefits);

    [Theory]
    [InlineData("dkk")]
    [InlineData("DK")]
    [InlineData("DKKK")]
    [InlineData("D€K")]
    public void A_currency_is_three_capital_letters(string currency) =>
        AssertRejects(nameof(currency), "A currency is an ISO 4217 code of three capital letters.", () => ContractOf([], currency: currency));

    [Fact]
    public void Unknown_benefits_are_support_or_ignore()
    {
        AssertRejects("unknownBenefits", "unknown_benefits is support or ignore.", () => ContractOf([], unknownBenefits: BenefitClass.Education));
        Assert.Equal(BenefitClass.Ignore, ContractOf([], unknownBenefits: BenefitClass.Ignore).UnknownBenefits);
        Assert.Equal(BenefitClass.Support, ContractOf([], unknownBenefits: BenefitClass.Support).UnknownBenefits);
    }

    [Fact]
    public void A_prerequisite_must_be_a_trigger_listed_before()
    {
        AssertRejects(
            "triggers", "Trigger 'b': after names 'a', which is not a trigger listed before it.",
            () => ContractOf([new EventTrigger("b", "x") { After = "a" }, new EventTrigger("a", "y")]));
    }

    [Fact]
    public void Trigger_and_payment_ids_are_unique()
    {
        AssertRejects("triggers", "Duplicate trigger id 'a'.", () => ContractOf([new EventTrigger("a", "x"), new EventTrigger("a", "y")]));
        AssertRejects(
            "payments", "Duplicate payment id 'p'.",
            () => ContractOf([new EventTrigger("a", "x")], [new FixedPayment("p", "a", 1m), new FixedPayment("p", "a", 2m)]));
    }

    [Fact]
    public void A_triggers_weeks_fit_in_the_window()
    {
        AssertRejects("triggers", "Trigger 's': weeks is more than window.weeks.", () => ContractOf([new SustainedTrigger("s", 53, SelfSupport.Full)]));
        AssertRejects("triggers", "Trigger 'e': weeks is more than window.weeks.", () => ContractOf([new EducationTrigger("e", 53)]));
        Assert.Equal(2, ContractOf([new SustainedTrigger("s", 52, SelfSupport.Full), new EducationTrigger("e", 52)]).Triggers.Count);
    }

    [Fact]
    public void A_payment_names_a_defined_trigger_also_in_its_cohort_gate()
    {
        AssertRejects("payments", "Payment 'p' names trigger 'b', which is not defined.", () => ContractOf([new EventTrigger("a", "x")], [new FixedPayment("p", "b", 1m)]));
        var gate = new CohortGate("c", GateDirection.Lower, Share.FromDecimal(0.4m), 0m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-06-30") });
        AssertRejects(
            "payments", "Payment 'p': its cohort gate names trigger 'c', which is not defined.",
            () => ContractOf([new EventTrigger("a", "x")], [new FixedPayment("p", "a", 1m) { CohortGate = gate }]));
    }

    [Fact]
    public void Ids_of_triggers_payments_and_gates_follow_the_id_rule()
    {
        AssertRejects("id", "A trigger id " + IdRule, () => new EventTrigger("-a", "x"));
        AssertRejects("id", "A payment id " + IdRule, () => new FixedPayment("p q", "a", 1m));
        AssertRejects("trigger", "A trigger id " + IdRule, () => new FixedPayment("p", "", 1m));
        AssertRejects("gate", "A trigger id " + IdRule, () => new ShareOfSavingsPayment("p", "a/b", Share.FromDecimal(0.5m)));
    }

    [Fact]
    public void Caps_monthly_costs_and_windows_say_their_rule()
    {
        AssertRejects("perParticipant", "A cap is at least 0.", () => new Caps(perParticipant: M(-0.01m)));
        AssertRejects("total", "A cap is at least 0.", () => new Caps(total: M(-0.01m)));
        AssertRejects("amount", "The monthly cost is at least 0.", () => new MonthlyCost(-0.01m, 2024));
        AssertRejects("annualIndexation", "The annual indexation is greater than -1.", () => new MonthlyCost(1m, 2024, -1m));
        AssertRejects("from", "Unknown window anchor.", () => new ObservationWindow((WindowAnchor)9, 52));
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    [InlineData(0, -1)]
    public void A_comparison_group_has_0_to_all_of_its_participants_met(int comparisonMet, int comparisonParticipants)
    {
        CohortGate gate = CohortGate.AgainstComparisonGroup("job", GateDirection.Higher, 0m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-06-30") });

        AssertRejects("met", "0 ≤ comparison met ≤ comparison participants.", () => gate.Passes(1, 2, comparisonMet, comparisonParticipants));
    }

    [Fact]
    public void A_gate_is_asked_with_the_baseline_it_has()
    {
        var dates = new Dictionary<string, LocalDate> { ["c1"] = D("2026-06-30") };
        CohortGate byRate = new("job", GateDirection.Higher, Share.FromDecimal(0.4m), 0m, dates);
        CohortGate byGroup = CohortGate.AgainstComparisonGroup("job", GateDirection.Higher, 0m, dates);

        Assert.Equal(
            "The gate compares with a baseline rate, not a comparison group.",
            Assert.Throws<InvalidOperationException>(() => byRate.Passes(1, 2, 1, 2)).Message);
        Assert.Equal(
            "The gate compares with a comparison group: give the comparison group's counts.",
            Assert.Throws<InvalidOperationException>(() => byGroup.Passes(1, 2)).Message);
    }
}
