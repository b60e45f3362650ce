namespace SocialInvestment.Cli.Tests.Report;

/// <summary>The report's contract in words, for a price per week (SPEC-DK DK6).</summary>
public sealed class ContractInWordsTests
{
    private static Contract With(Payment payment) =>
        new("test", new ObservationWindow(WindowAnchor.Start, 104), [new EnrolmentTrigger("enrolled")], [payment]);

    [Fact]
    public void A_price_per_week_says_its_level_education_limit_and_gate()
    {
        var weekly = new PerWeekPayment("weekly", 1500m, SelfSupport.Partial, orEducation: true, gate: "enrolled", maxWeeks: 104);

        Assert.Equal(
            "weekly: 1,500.00 DKK for each full or partial week off support or in education within the window, at most 104 weeks, once 'enrolled' is met (also for the weeks before it).",
            ContractInWords.Payment(With(weekly), weekly));
    }

    [Fact]
    public void A_plain_price_per_week_says_only_its_price_and_level()
    {
        var weekly = new PerWeekPayment("weekly", 1000m, SelfSupport.Full, excludeEducation: true);

        Assert.Equal(
            "weekly: 1,000.00 DKK for each full week off support within the window, weeks in education not counting.",
            ContractInWords.Payment(With(weekly), weekly));
    }
}
