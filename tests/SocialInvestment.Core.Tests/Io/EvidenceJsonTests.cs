using System.Text;
using System.Text.Json;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

public sealed class EvidenceJsonTests
{
    private static readonly Contract Contract = Fixtures.Contract(
        [new EventTrigger("job", "job_start") { BaselineRate = Share.FromDecimal(0.25m) }], windowWeeks: 4);

    private static JsonElement Written(IReadOnlyList<ParticipantOutcome> outcomes, IReadOnlyList<ParticipantOutcome>? comparison)
    {
        IReadOnlyList<TriggerEvidence> evidence = SocialInvestment.Evidence.ForTriggers(Contract, outcomes, D("2026-03-31"), comparison);
        using var stream = new MemoryStream();
        EvidenceJson.Write(stream, Contract, D("2026-03-31"), evidence, [new InputFile("contract", "ab")]);
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement.GetProperty("triggers")[0];
    }

    private static IReadOnlyList<ParticipantOutcome> Evaluate(params (string Id, string? Job)[] people) =>
        SocialInvestment.Outcomes.Evaluate(
            Contract,
            people.Select(p => Person(p.Id, "2026-01-05")),
            [],
            people.Where(p => p.Job is not null).Select(p => Event(p.Id, "job_start", p.Job!)),
            D("2026-03-31"));

    [Fact]
    public void A_comparison_group_is_written_with_the_difference_its_interval_test_and_curve()
    {
        JsonElement job = Written(Evaluate(("a", "2026-01-15"), ("b", null)), Evaluate(("x", null), ("y", null), ("z", null)));
        JsonElement comparison = job.GetProperty("comparison");

        // 1/2 − 0/3 = 0.5; the pooled share 1/5 gives z = 0.5 / √(0.2 × 0.8 × (1/2 + 1/3)) = 1.369306.
        Assert.Equal(0.5, comparison.GetProperty("difference").GetDouble());
        Assert.Equal(1.369306, comparison.GetProperty("z").GetDouble());
        Assert.Equal(3, comparison.GetProperty("time_to_outcome").GetProperty("participants").GetInt32());
        Assert.Equal(JsonValueKind.Object, comparison.GetProperty("difference_interval").ValueKind);
    }

    [Fact]
    public void Nobody_is_written_as_nulls_where_nothing_can_be_estimated()
    {
        JsonElement job = Written([], null);

        Assert.Equal(JsonValueKind.Null, job.GetProperty("share").ValueKind);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("interval").ValueKind);
        Assert.Equal("0.25", job.GetProperty("baseline").GetProperty("rate").GetRawText());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("baseline").GetProperty("p_two_sided").ValueKind);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("comparison").ValueKind);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("time_to_outcome").GetProperty("median_days").ValueKind);
    }

    [Fact]
    public void A_small_p_value_keeps_six_significant_digits()
    {
        // 12 of 12 against 0.25: P(X ≥ 12) = 0.25¹² = 5.96046E-08.
        JsonElement job = Written(Evaluate([.. Enumerable.Range(1, 12).Select(i => ($"p{i}", (string?)"2026-01-15"))]), null);

        Assert.Equal("5.96046E-08", job.GetProperty("baseline").GetProperty("p_greater").GetRawText());
    }
}
