using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>An outcome's <c>MetOn</c> reads as trigger id → date for the triggers met only, in contract order.</summary>
public sealed class MetOnTests
{
    // Three triggers in contract order: "job" (met 2026-02-20 by its event), "done" (not met: not completed) and
    // "enrolled" (met on the start, 2026-01-05).
    private static readonly Contract Contract = Fixtures.Contract(
        [new EventTrigger("job", "job_start"), new CompletionTrigger("done"), new EnrolmentTrigger("enrolled")]);

    private static IReadOnlyDictionary<string, LocalDate> MetOn() =>
        Outcome(Contract, Person("anna", "2026-01-05", completed: false), [], "2026-06-30", [Event("anna", "job_start", "2026-02-20")]).MetOn;

    [Fact]
    public void Holds_the_met_triggers_only_in_contract_order()
    {
        IReadOnlyDictionary<string, LocalDate> metOn = MetOn();

        Assert.Equal(2, metOn.Count);
        Assert.Equal(["job", "enrolled"], metOn.Keys);
        Assert.Equal([D("2026-02-20"), D("2026-01-05")], metOn.Values);
        Assert.Equal([KeyValuePair.Create("job", D("2026-02-20")), KeyValuePair.Create("enrolled", D("2026-01-05"))], metOn);
        Assert.Equal(2, ((System.Collections.IEnumerable)metOn).Cast<object>().Count());
    }

    [Fact]
    public void A_met_trigger_is_found_and_an_unmet_or_unknown_one_is_not()
    {
        IReadOnlyDictionary<string, LocalDate> metOn = MetOn();

        Assert.True(metOn.ContainsKey("enrolled"));
        Assert.False(metOn.ContainsKey("done"));
        Assert.False(metOn.ContainsKey("nonesuch"));
        Assert.Equal(D("2026-01-05"), metOn["enrolled"]);
        Assert.True(metOn.TryGetValue("job", out LocalDate job));
        Assert.Equal(D("2026-02-20"), job);
        Assert.False(metOn.TryGetValue("done", out LocalDate notMet));
        Assert.Equal(default, notMet);
        Assert.Throws<KeyNotFoundException>(() => metOn["done"]);
        Assert.Throws<KeyNotFoundException>(() => metOn["nonesuch"]);
    }

    [Fact]
    public void Nothing_met_is_an_empty_map()
    {
        IReadOnlyDictionary<string, LocalDate> metOn = Outcome(Contract, Person("bo", "2026-07-01", completed: false), [], "2026-06-30").MetOn;

        Assert.Empty(metOn);
        Assert.Empty(metOn.Keys);
    }
}
