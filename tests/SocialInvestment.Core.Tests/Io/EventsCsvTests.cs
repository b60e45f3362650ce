using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

public class EventsCsvTests
{
    private static ReadResult<InputRows<OutcomeEvent>> Read(string text) =>
        EventsCsv.Read(Csv.Utf8(text), "events.csv", Csv.Cohort("P1"));

    [Fact]
    public void Events_of_the_cohort_are_read_and_others_skipped()
    {
        var result = Read("participant_id;outcome;date;evidence\nP1;job_start;2024-05-01;J-17\nP2;job_start;2024-05-01;\nP1;exam;01.06.2024;\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Value!.Items.Count);
        Assert.Equal(1, result.Value.SkippedRows);
        Assert.Equal("J-17", result.Value.Items[0].Evidence);
        Assert.Null(result.Value.Items[1].Evidence);
        Assert.Equal(new LocalDate(2024, 6, 1), result.Value.Items[1].Date);
    }

    [Fact]
    public void Evidence_column_is_optional() =>
        Assert.True(Read("participant_id;outcome;date\nP1;job;2024-05-01\n").Succeeded);

    [Fact]
    public void Empty_outcome_is_an_error()
    {
        InputError error = Csv.FirstError(Read("participant_id;outcome;date\nP1;;2024-05-01\n"));
        Assert.Equal("events.csv:2:2: outcome: expected an outcome code, found nothing", error.ToString());
    }

    [Fact]
    public void Empty_date_is_an_error()
    {
        InputError error = Csv.FirstError(Read("participant_id;outcome;date\nP1;job;\n"));
        Assert.Equal("events.csv:2:3: date: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found nothing", error.ToString());
    }

    [Fact]
    public void Skipped_rows_have_their_dates_checked()
    {
        InputError error = Csv.FirstError(Read("participant_id;outcome;date\nP9;job;31-02-2024\n"));
        Assert.Equal("events.csv:2:3: date: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '31-02-2024'", error.ToString());
    }

    [Fact]
    public void Missing_outcome_column_is_an_error()
    {
        InputError error = Csv.FirstError(Read("participant_id;date\nP1;2024-05-01\n"));
        Assert.Equal("events.csv:1: missing column outcome (accepted names: outcome, resultat)", error.ToString());
    }
}
