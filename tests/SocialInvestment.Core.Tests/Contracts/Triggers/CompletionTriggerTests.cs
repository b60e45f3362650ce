using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

public sealed class CompletionTriggerTests
{
    private static readonly Contract Contract = Fixtures.Contract([new CompletionTrigger("completed")]);

    [Fact]
    public void Completion_is_met_on_the_default_programme_end_when_completed()
    {
        // end = 2026-01-05 + 20 × 7 − 1 = 2026-05-24.
        Assert.Equal(D("2026-05-24"), Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-06-30").DateMet("completed"));
    }

    [Fact]
    public void Completion_is_met_on_a_given_end_when_completed() =>
        Assert.Equal(D("2026-03-31"), Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31"), [], "2026-06-30").DateMet("completed"));

    [Fact]
    public void Completion_is_not_met_when_not_completed() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31", completed: false), [], "2026-06-30").DateMet("completed"));

    [Fact]
    public void Completion_on_an_end_after_as_of_is_not_met() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31"), [], "2026-03-30").DateMet("completed"));
}
