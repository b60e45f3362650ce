using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>planned.csv (docs/input-formats.md): start (a month or a date), support_weeks_before, optional monthly_cost and municipality; errors at line and column.</summary>
public sealed class PlannedCsvTests
{
    private static readonly Contract WithCost = Contract(monthlyCost: new MonthlyCost(15_000m, 2026));

    private static ReadResult<IReadOnlyList<PlannedParticipant>> Read(string text, Contract? contract = null) => PlannedCsv.Read(Csv.Utf8(text), "planned.csv", contract);

    [Fact]
    public void Rows_give_a_month_or_a_day_weeks_before_a_cost_and_a_municipality_in_any_dialect()
    {
        ReadResult<IReadOnlyList<PlannedParticipant>> result = Read("start;uger_paa_forsoergelse;maanedlig_udgift;kommune\n2026-01;0;;\n15.02.2026;26;15500,50;Aarhus\n", WithCost);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        PlannedParticipant[] people = [.. result.Value!];
        Assert.Equal((new YearMonth(2026, 1), (LocalDate?)null, 0, (decimal?)null, (string?)null), (people[0].Month, people[0].Start, people[0].SupportWeeksBefore, people[0].MonthlyCost, people[0].Municipality));
        Assert.Equal((new YearMonth(2026, 2), (LocalDate?)D("2026-02-15"), 26, (decimal?)15_500.50m, (string?)"Aarhus"), (people[1].Month, people[1].Start, people[1].SupportWeeksBefore, people[1].MonthlyCost, people[1].Municipality));
    }

    [Theory]
    [InlineData("2026-13,1,", "planned.csv:2:1: start: expected a month yyyy-MM (starts spread over it) or a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2026-13'")]
    [InlineData("2026-01,-1,", "planned.csv:2:2: support_weeks_before: expected a whole number of weeks from 0 to 5218, such as 0 or 26, found '-1'")]
    [InlineData("2026-01,2.5,", "planned.csv:2:2: support_weeks_before: expected a whole number of weeks from 0 to 5218, such as 0 or 26, found '2.5'")]
    [InlineData("2026-01,5219,", "planned.csv:2:2: support_weeks_before: expected a whole number of weeks from 0 to 5218, such as 0 or 26, found '5219'")]
    [InlineData("2026-01,,", "planned.csv:2:2: support_weeks_before: expected a whole number of weeks from 0 to 5218, such as 0 or 26, found nothing")]
    [InlineData("2026-01,1,-5", "planned.csv:2:3: monthly_cost: expected a decimal of at least 0, such as 15500 or 15500,50, found '-5'")]
    public void A_bad_cell_is_an_error_at_its_line_and_column(string row, string expected)
    {
        Assert.Equal(expected, Csv.FirstError(Read("start,support_weeks_before,monthly_cost\n" + row + "\n", WithCost)).ToString());
    }

    [Fact]
    public void An_own_cost_needs_the_contracts_monthly_cost_and_a_file_needs_a_row_and_its_columns()
    {
        Assert.Equal(
            "planned.csv:2:3: monthly_cost: a participant's monthly cost needs the contract's monthly_cost, for its base year and indexation; the contract has none",
            Csv.FirstError(Read("start,support_weeks_before,monthly_cost\n2026-01,0,15000\n", Contract())).ToString());
        Assert.Equal("planned.csv:1: no planned participants: give one row per person", Csv.FirstError(Read("start,support_weeks_before\n")).ToString());
        Assert.Contains("support_weeks_before", Csv.FirstError(Read("start\n2026-01\n")).ToString(), StringComparison.Ordinal);
    }
}
