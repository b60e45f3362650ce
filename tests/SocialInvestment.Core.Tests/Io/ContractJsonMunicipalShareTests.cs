using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>contract.json's <c>municipal_share</c> and a share_of_savings payment's <c>"of"</c> (SPEC-DK DK5).</summary>
public sealed class ContractJsonMunicipalShareTests
{
    private static ReadResult<Contract> Read(string municipalShare, string of = "municipality")
    {
        string share = municipalShare.Length == 0 ? "" : $"\"municipal_share\": {municipalShare},";
        string json = $$"""
            { "name": "dk", "window": { "weeks": 52 }, "benefits": { "701": "support" },
              "monthly_cost": { "amount": 31000, "base_year": 2026 }, {{share}}
              "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
              "payments": [ { "id": "muni", "kind": "share_of_savings", "gate": "enrolled", "share": 1, "of": "{{of}}" } ] }
            """;
        return ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "contract.json");
    }

    private static string Error(ReadResult<Contract> read) => Assert.Single(read.Errors).Message;

    [Fact]
    public void Dk_2016_is_the_refusion_staircase_with_a_reset_after_52_weeks_within_156()
    {
        Contract contract = Read("\"dk_2016\"").GetValueOrThrow();

        Assert.Same(MunicipalShare.Dk2016, contract.MunicipalShare);
        Assert.Equal(SavingsBase.Municipality, Assert.IsType<ShareOfSavingsPayment>(contract.Payments[0]).Of);
        Assert.Equal([1, 5, 27, 53], contract.MunicipalShare!.Steps.Select(s => s.FromWeek));
        Assert.Equal([0.2m, 0.6m, 0.7m, 0.8m], contract.MunicipalShare.Steps.Select(s => s.Share.Value));
        Assert.Equal((52, 156), (contract.MunicipalShare.ResetAfterWeeks, contract.MunicipalShare.ResetWithinWeeks));
    }

    [Fact]
    public void A_constant_is_one_step_from_week_1()
    {
        MunicipalShare share = Read("0.8").GetValueOrThrow().MunicipalShare!;

        Assert.Equal([new MunicipalShareStep(1, Share.FromDecimal(0.8m))], share.Steps);
    }

    [Fact]
    public void The_explicit_form_defaults_its_reset_to_52_within_156()
    {
        MunicipalShare share = Read("""{ "steps": [ { "from_week": 1, "share": 0.5 }, { "from_week": 10, "share": 1 } ] }""").GetValueOrThrow().MunicipalShare!;

        Assert.Equal((52, 156), (share.ResetAfterWeeks, share.ResetWithinWeeks));
        Assert.Equal([1, 10], share.Steps.Select(s => s.FromWeek));
    }

    [Theory]
    [InlineData("1.5", "municipal_share: expected a share")]
    [InlineData("\"dk_2017\"", "municipal_share: expected a share from 0 to 1, \"dk_2016\", or an object with steps, found \"dk_2017\"")]
    [InlineData("""{ "steps": [ { "from_week": 2, "share": 0.5 } ] }""", "municipal_share.steps[0]: expected from_week 1 (the first step starts at week 1), found 2")]
    [InlineData("""{ "steps": [ { "from_week": 1, "share": 0.5 }, { "from_week": 1, "share": 0.6 } ] }""", "municipal_share.steps[1]: expected from_week at least 2 (after the step before), found 1")]
    [InlineData("""{ "steps": [ { "from_week": 1, "share": -0.1 } ] }""", "municipal_share.steps[0].share: expected a share")]
    [InlineData("""{ "steps": [ { "from_week": 1, "share": 0.5 } ], "reset_after_weeks": 60, "reset_within_weeks": 52 }""", "municipal_share: expected reset_within_weeks at least reset_after_weeks, found 52 < 60")]
    [InlineData("""{ "steps": [ { "from_week": 1, "share": 0.5 } ], "reset_after_weeks": 0 }""", "municipal_share.reset_after_weeks: expected")]
    public void A_wrong_municipal_share_is_an_error_at_its_path(string municipalShare, string message) =>
        Assert.StartsWith(message, Error(Read(municipalShare)), StringComparison.Ordinal);

    [Fact]
    public void A_share_of_the_municipalitys_saving_without_municipal_share_is_an_error_naming_the_payment() =>
        Assert.Equal(
            "payments[0].of: payment 'muni' is a share of the municipality's saving, so the contract needs municipal_share (SPEC-DK DK5)",
            Error(Read("")));

    [Fact]
    public void Of_is_gross_or_municipality() =>
        Assert.StartsWith("payments[0].of: expected one of \"gross\", \"municipality\"", Error(Read("0.5", "state")), StringComparison.Ordinal);
}
