using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Participants;

/// <summary>
/// The participant-side values at their edges, found by mutation testing of Participants/ (docs/quality.md): what a CPR
/// number's parse says, how ids order, and the checks of the comparison group (the pseudonym key's are in PseudonymKeyTests).
/// </summary>
public sealed class ParticipantValueTests
{
    [Theory]
    [InlineData("010190123")]
    [InlineData("01019O1234")]
    [InlineData("010190/1234")]
    public void A_CPR_number_that_is_not_ten_digits_says_so_without_digits(string text)
    {
        Assert.False(Cpr.TryParse(text, out _, out string problem));
        Assert.Equal("expected a CPR number of ten digits, DDMMYYSSSS or DDMMYY-SSSS", problem);
    }

    [Fact]
    public void A_valid_CPR_number_has_no_problem_and_never_shows_its_digits()
    {
        Assert.True(Cpr.TryParse("010190-1234", out Cpr cpr, out string problem));
        Assert.Equal(string.Empty, problem);
        Assert.Equal("CPR(hidden)", cpr.ToString());
        Assert.Equal("0101901234", cpr.Digits);
        Assert.Equal(string.Empty, default(Cpr).Digits);
    }

    [Fact]
    public void CPR_numbers_compare_by_their_digits_with_or_without_the_hyphen()
    {
        Assert.True(Cpr.TryParse("010190-1234", out Cpr a, out _));
        Assert.True(Cpr.TryParse("0101901234", out Cpr b, out _));
        Assert.True(Cpr.TryParse("0101901235", out Cpr c, out _));

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.False(a == c);
    }

    [Fact]
    public void Participant_ids_order_by_code_points()
    {
        ParticipantId a = P("A-1"), b = P("a-1"), same = P("A-1");

        // 'A' (U+0041) before 'a' (U+0061).
        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(a <= same);
        Assert.False(a < same);
        Assert.False(a > same);
        Assert.False(a > b);
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.True(a >= same);
        Assert.False(a >= b);
        Assert.False(b <= a);
        Assert.Equal("A-1", a.Value);
        Assert.Equal(string.Empty, default(ParticipantId).Value);
    }

    [Fact]
    public void A_programme_end_before_the_start_is_refused_and_names_end()
    {
        var error = Assert.Throws<ArgumentException>(() => new Participant(P("anna"), D("2026-01-05"), D("2026-01-04")));

        Assert.Equal("end", error.ParamName);
        Assert.StartsWith("The programme end is before its start.", error.Message, StringComparison.Ordinal);
        Assert.Equal(D("2026-01-05"), new Participant(P("anna"), D("2026-01-05"), D("2026-01-05")).End);
    }

    [Fact]
    public void A_participants_own_monthly_cost_and_municipality_are_kept_whatever_order_they_are_set_in()
    {
        Participant costFirst = new(P("a"), D("2026-01-05")) { MonthlyCost = 21000.5m, Municipality = "Aarhus" };
        Participant municipalityFirst = new(P("a"), D("2026-01-05")) { Municipality = "Aarhus", MonthlyCost = 21000.5m };
        Participant emptyMunicipality = new(P("a"), D("2026-01-05")) { MonthlyCost = 0m, Municipality = string.Empty };
        Participant neither = new(P("a"), D("2026-01-05")) { Municipality = string.Empty, MonthlyCost = null };

        Assert.Equal((21000.5m, "Aarhus"), (costFirst.MonthlyCost, costFirst.Municipality));
        Assert.Equal((21000.5m, "Aarhus"), (municipalityFirst.MonthlyCost, municipalityFirst.Municipality));
        Assert.Equal((0m, (string?)null), (emptyMunicipality.MonthlyCost, emptyMunicipality.Municipality));
        Assert.Equal(((decimal?)null, (string?)null), (neither.MonthlyCost, neither.Municipality));
        Assert.Throws<ArgumentException>(() => new Participant(P("a"), D("2026-01-05")) { Municipality = "Aarhus", MonthlyCost = -0.01m });
    }

    [Fact]
    public void A_participant_prints_its_id_and_start() =>
        Assert.Equal("anna 2026-01-05", Person("anna", "2026-01-05").ToString());

    [Fact]
    public void A_comparison_group_checks_its_arguments_and_masks_a_repeated_id()
    {
        Assert.Throws<ArgumentNullException>("participants", () => new ComparisonGroup(null!, [], []));
        Assert.Throws<ArgumentNullException>("spells", () => new ComparisonGroup([], null!, []));
        Assert.Throws<ArgumentNullException>("events", () => new ComparisonGroup([], [], null!));
        Assert.Throws<ArgumentNullException>("participants", () => new ComparisonGroup([Person("a", "2026-01-01"), null!], [], []));

        var error = Assert.Throws<ArgumentException>(() => new ComparisonGroup([Person("010190-1234", "2026-01-01"), Person("010190-1234", "2026-02-01")], [], []));
        Assert.Equal("The comparison group holds participant '<digits hidden>' twice. (Parameter 'participants')", error.Message);
    }

    [Fact]
    public void An_outcome_event_needs_a_code_and_prints_who_what_and_when()
    {
        var error = Assert.Throws<ArgumentException>(() => new OutcomeEvent(P("anna"), string.Empty, D("2026-02-01")));
        Assert.Equal("outcome", error.ParamName);
        Assert.StartsWith("An outcome code must not be empty.", error.Message, StringComparison.Ordinal);
        Assert.Equal("anna job_start 2026-02-01", new OutcomeEvent(P("anna"), "job_start", D("2026-02-01")).ToString());
    }
}
