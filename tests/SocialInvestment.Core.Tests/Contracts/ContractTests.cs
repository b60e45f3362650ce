using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts;

/// <summary>The contract's defaults, its checks at the edges, and what it answers about itself.</summary>
public sealed class ContractTests
{
    private static readonly ObservationWindow Year = new(WindowAnchor.Start, 52);

    private static void AssertRejects(string paramName, Action construct) =>
        Assert.Equal(paramName, Assert.ThrowsAny<ArgumentException>(construct).ParamName);

    [Fact]
    public void Defaults_are_DKK_twenty_programme_weeks_half_support_no_caps_and_unmapped_codes_an_error()
    {
        var contract = new Contract("plain", Year, [], []);

        Assert.Equal("DKK", contract.Currency);
        Assert.Equal(20, contract.ProgrammeWeeks);
        Assert.Equal(0.5m, contract.PartialMaxSupport.Value);
        Assert.Same(Caps.None, contract.Caps);
        Assert.Null(contract.Caps.PerParticipant);
        Assert.Null(contract.Caps.Total);
        Assert.Null(contract.MonthlyCost);
        Assert.Null(contract.UnknownBenefits);
        Assert.Empty(contract.Benefits);
        Assert.Null(contract.ClassOf("kontanthjaelp"));
        Assert.Equal("plain", contract.ToString());
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("SEK")]
    public void A_currency_of_three_capital_letters_is_kept(string currency) =>
        Assert.Equal(currency, new Contract("c", Year, [], [], currency: currency).Currency);

    [Theory]
    [InlineData("")]
    [InlineData("DK")]
    [InlineData("DKKK")]
    [InlineData("dkk")]
    [InlineData("DK1")]
    [InlineData("ÆØÅ")]
    public void A_currency_that_is_not_three_capital_ASCII_letters_names_currency(string currency) =>
        AssertRejects(nameof(currency), () => _ = new Contract("c", Year, [], [], currency: currency));

    [Fact]
    public void Programme_weeks_run_from_one_to_the_longest_window()
    {
        Assert.Equal(1, new Contract("c", Year, [], [], programmeWeeks: 1).ProgrammeWeeks);
        Assert.Equal(ObservationWindow.MaxWeeks, new Contract("c", Year, [], [], programmeWeeks: ObservationWindow.MaxWeeks).ProgrammeWeeks);
        AssertRejects("programmeWeeks", () => _ = new Contract("c", Year, [], [], programmeWeeks: ObservationWindow.MaxWeeks + 1));
    }

    [Fact]
    public void Unknown_benefits_are_support_ignore_or_an_error_never_education()
    {
        Assert.Equal(BenefitClass.Support, new Contract("c", Year, [], [], unknownBenefits: BenefitClass.Support).UnknownBenefits);
        Assert.Equal(BenefitClass.Ignore, new Contract("c", Year, [], [], unknownBenefits: BenefitClass.Ignore).UnknownBenefits);
        AssertRejects("unknownBenefits", () => _ = new Contract("c", Year, [], [], unknownBenefits: BenefitClass.Education));
    }

    [Fact]
    public void A_code_is_classed_by_its_mapping_exactly_else_by_unknown_benefits()
    {
        Contract contract = Contract(unknownBenefits: BenefitClass.Ignore);

        Assert.Equal(BenefitClass.Support, contract.ClassOf("kontanthjaelp"));
        Assert.Equal(BenefitClass.Education, contract.ClassOf("su"));
        Assert.Equal(BenefitClass.Ignore, contract.ClassOf("Kontanthjaelp"));
        Assert.Equal(BenefitClass.Support, Contract(unknownBenefits: BenefitClass.Support).ClassOf("ukendt"));
        Assert.Null(Contract().ClassOf("ukendt"));
    }

    [Fact]
    public void Null_name_or_window_is_rejected_by_name()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Contract(null!, Year, [], [])).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => new Contract("c", null!, [], [])).ParamName);
    }

    [Fact]
    public void A_trigger_may_need_as_many_weeks_as_the_window_has_but_not_more()
    {
        Assert.Single(Contract([new CountTrigger("self", 4, SelfSupport.Partial)], windowWeeks: 4).Triggers);
        Assert.Single(Contract([new EducationTrigger("edu", 4)], windowWeeks: 4).Triggers);
        AssertRejects("triggers", () => Contract([new CountTrigger("self", 5, SelfSupport.Full)], windowWeeks: 4));
        AssertRejects("triggers", () => Contract([new EducationTrigger("edu", 5)], windowWeeks: 4));
    }

    [Fact]
    public void A_share_of_savings_must_name_a_defined_gate()
    {
        AssertRejects("payments", () => Contract([new EnrolmentTrigger("enrolled")], [new ShareOfSavingsPayment("shared", "job", Share.FromDecimal(0.5m))]));
        Assert.Single(Contract([new EnrolmentTrigger("enrolled")], [new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))]).Payments);
    }

    [Fact]
    public void Triggers_and_payments_keep_contract_order_and_are_found_by_id()
    {
        Trigger completed = new CompletionTrigger("completed");
        Trigger enrolled = new EnrolmentTrigger("enrolled");
        Contract contract = Contract([completed, enrolled], [new FixedPayment("b", "enrolled", 1m), new FixedPayment("a", "completed", 2m)]);

        Assert.Equal(["completed", "enrolled"], contract.Triggers.Select(t => t.Id));
        Assert.Equal(["b", "a"], contract.Payments.Select(p => p.Id));
        Assert.Same(enrolled, contract.TriggersById["enrolled"]);
        Assert.Equal(2, contract.TriggersById.Count);
        Assert.Equal(0, contract.TriggerOrdinal("completed"));
        Assert.Equal(1, contract.TriggerOrdinal("enrolled"));
        Assert.Null(contract.TriggerOrdinal("Enrolled"));
    }

    [Fact]
    public void Spells_are_needed_for_weekly_triggers_and_for_a_share_of_savings_only()
    {
        Trigger enrolled = new EnrolmentTrigger("enrolled");

        Assert.False(Contract([enrolled, new CompletionTrigger("done"), new EventTrigger("job", "job")], [new FixedPayment("fee", "enrolled", 1m)]).NeedsSpells);
        Assert.True(Contract([enrolled, new SustainedTrigger("s", 1, SelfSupport.Full)]).NeedsSpells);
        Assert.True(Contract([enrolled, new CountTrigger("c", 1, SelfSupport.Full)]).NeedsSpells);
        Assert.True(Contract([enrolled, new EducationTrigger("e")]).NeedsSpells);
        Assert.True(Contract([enrolled], [new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))]).NeedsSpells);
    }

    [Fact]
    public void Triggers_and_payments_describe_themselves_by_id_and_kind()
    {
        Assert.Equal("enrolled (enrolment)", new EnrolmentTrigger("enrolled").ToString());
        Assert.Equal("done (completion)", new CompletionTrigger("done").ToString());
        Assert.Equal("s (sustained)", new SustainedTrigger("s", 1, SelfSupport.Full).ToString());
        Assert.Equal("c (count)", new CountTrigger("c", 1, SelfSupport.Partial).ToString());
        Assert.Equal("e (education)", new EducationTrigger("e").ToString());
        Assert.Equal("job (event)", new EventTrigger("job", "job").ToString());
        Assert.Equal("fee (fixed)", new FixedPayment("fee", "enrolled", 1m).ToString());
        Assert.Equal("shared (share_of_savings)", new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m)).ToString());
    }

    [Fact]
    public void Trigger_and_payment_fields_keep_their_values()
    {
        var count = new CountTrigger("c", 3, SelfSupport.Partial, excludeEducation: true);
        var shared = new ShareOfSavingsPayment("shared", "c", Share.FromDecimal(0.4m), 0.25m);

        Assert.Equal((3, SelfSupport.Partial, true), (count.Weeks, count.Level, count.ExcludeEducation));
        Assert.False(new SustainedTrigger("s", 2, SelfSupport.Full).ExcludeEducation);
        Assert.Equal(1, new EducationTrigger("e").Weeks);
        Assert.Equal(("c", 0.4m, 0.25m), (shared.Gate, shared.Share.Value, shared.Deadweight));
        Assert.Equal(0m, new ShareOfSavingsPayment("shared", "c", Share.FromDecimal(0.4m)).Deadweight);
        Assert.Equal(0m, new FixedPayment("free", "c", 0m).Amount);
        Assert.Equal("reemployed", new EventTrigger("job", "reemployed").Outcome);
    }

    [Fact]
    public void Weeks_of_a_trigger_run_from_one_to_the_longest_window()
    {
        Assert.Equal(ObservationWindow.MaxWeeks, new SustainedTrigger("s", ObservationWindow.MaxWeeks, SelfSupport.Full).Weeks);
        AssertRejects("weeks", () => _ = new SustainedTrigger("s", ObservationWindow.MaxWeeks + 1, SelfSupport.Full));
        AssertRejects("weeks", () => _ = new EducationTrigger("e", ObservationWindow.MaxWeeks + 1));
        AssertRejects("id", () => _ = new EnrolmentTrigger(string.Empty));
        AssertRejects("gate", () => _ = new ShareOfSavingsPayment("shared", "a b", Share.FromDecimal(0.5m)));
        Assert.Equal(0.99m, new ShareOfSavingsPayment("shared", "c", Share.FromDecimal(0.5m), 0.99m).Deadweight);
    }

    [Fact]
    public void A_row_s_degree_is_its_own_else_the_code_s_else_a_full_benefit()
    {
        var contract = new Contract("c", Year, [], [], Benefits) { BenefitDegrees = new Dictionary<string, Degree> { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) } };

        Assert.Equal(Degree.FromDecimal(0.25m), contract.DegreeOf("kontanthjaelp", Degree.FromDecimal(0.25m)));
        Assert.Equal(Degree.Full, contract.DegreeOf("kontanthjaelp", Degree.Full));
        Assert.Equal(Degree.FromDecimal(0.5m), contract.DegreeOf("kontanthjaelp"));
        Assert.Equal(Degree.Full, contract.DegreeOf("sygedagpenge"));
        Assert.Equal(Degree.Full, contract.DegreeOf("unmapped"));
        Assert.Empty(new Contract("c", Year, [], [], Benefits).BenefitDegrees);
    }

    [Theory]
    [InlineData("su")]
    [InlineData("boligstoette")]
    [InlineData("unmapped")]
    public void A_degree_is_refused_for_a_code_that_is_not_mapped_to_support(string code) =>
        AssertRejects("BenefitDegrees", () => _ = new Contract("c", Year, [], [], Benefits, unknownBenefits: BenefitClass.Support) { BenefitDegrees = new Dictionary<string, Degree> { [code] = Degree.FromDecimal(0.5m) } });
}
