using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

public sealed class EnrolmentTriggerTests
{
    private static readonly Contract Contract = Fixtures.Contract([new EnrolmentTrigger("enrolled")]);

    [Fact]
    public void Enrolment_is_met_on_the_programme_start() =>
        Assert.Equal(D("2026-01-05"), Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-01-05").DateMet("enrolled"));

    [Fact]
    public void Enrolment_after_as_of_is_not_met() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-01-04").DateMet("enrolled"));
}
