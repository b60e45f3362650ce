using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>
/// A participant's trigger dates are kept inside the outcome for up to <see cref="TriggerDates.InlineCount"/> triggers
/// and in an array beyond (issue 22); either way they read back as what was met: trigger id → date for the triggers met
/// only, in contract order, and each trigger's day by its position.
/// </summary>
public sealed class TriggerDatesTests
{
    private static readonly Gen<LocalDate?[]> Met =
        from length in Gen.Choose(0, (2 * TriggerDates.InlineCount) + 3)
        from days in Gen.ArrayOf(Gen.Choose(-1, 3000), length)
        select days.Select(d => d < 0 ? (LocalDate?)null : new LocalDate(2020, 1, 1).PlusDays(d)).ToArray();

    [Property(MaxTest = 500)]
    public Property Read_back_as_met_in_contract_order_inside_the_outcome_or_in_an_array() =>
        Prop.ForAll(Met.ToArbitrary(), met =>
        {
            Contract contract = Fixtures.Contract(met.Select((_, t) => (Trigger)new EnrolmentTrigger($"t{t}")));
            TriggerDates dates = TriggerDates.Of(contract, met);
            IReadOnlyDictionary<string, LocalDate> metOn = dates;
            KeyValuePair<string, LocalDate>[] expected = [.. met.Select((date, t) => (date, t)).Where(x => x.date is not null).Select(x => KeyValuePair.Create($"t{x.t}", x.date!.Value))];
            bool byPosition = met.Select((date, t) => date is { } d ? dates.IsMet(t) && dates.DayOf(t) == DayNumber.Of(d) : !dates.IsMet(t)).All(ok => ok);
            bool byId = met.Select((date, t) => metOn.TryGetValue($"t{t}", out LocalDate found) == date.HasValue && (date is null || found == date.Value)).All(ok => ok);
            return (byPosition && byId && metOn.Count == expected.Length && metOn.SequenceEqual(expected) && !metOn.ContainsKey("nonesuch"))
                .Label($"{met.Length} triggers")
                .Classify(met.Length > TriggerDates.InlineCount, "in an array");
        });
}
