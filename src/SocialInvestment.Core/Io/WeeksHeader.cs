using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// What a weeks file's header says (SPEC-DK DK1): its form, and for the wide form the columns of its weeks and of its
/// employment rates, checked once for the whole file. A header with any <c>y_YYWW</c> column (names matched as every
/// header name is: letter case ignored, space and hyphen as underscore) is the wide form; any other is the long form.
/// </summary>
internal sealed class WeeksHeader
{
    private static readonly CsvColumn[] LongRequired = [CsvColumns.Week, CsvColumns.Benefit];
    private static readonly CsvColumn[] LongOptional = [CsvColumns.Degree];

    private WeeksHeader(WeeksForm form, CsvLayout layout, int[] weekColumns, LocalDate firstMonday, int[] rateColumns, YearMonth[] rateMonths)
    {
        Form = form;
        Layout = layout;
        WeekColumns = weekColumns;
        FirstMonday = firstMonday;
        RateColumns = rateColumns;
        RateMonths = rateMonths;
    }

    /// <summary>What an empty file's message says a header holds.</summary>
    internal static string Expected => "participant_id or cpr and y_YYWW (a DREAM extract), or participant_id or cpr, week, benefit (a weekly table)";

    /// <summary>The form.</summary>
    internal WeeksForm Form { get; }

    /// <summary>The fields read through <see cref="CsvInput"/>, and the header's problems.</summary>
    internal CsvLayout Layout { get; }

    /// <summary>Wide: the 0-based columns of the weeks, in header order, which (without problems) is week order.</summary>
    internal int[] WeekColumns { get; }

    /// <summary>Wide, without problems: the Monday of the first week column; column k holds the week 7k days later.</summary>
    internal LocalDate FirstMonday { get; }

    /// <summary>Wide: the 0-based columns of the employment rates, in header order.</summary>
    internal int[] RateColumns { get; }

    /// <summary>The month of each of <see cref="RateColumns"/>.</summary>
    internal YearMonth[] RateMonths { get; }

    /// <summary>Reads a header's names.</summary>
    internal static WeeksHeader Of(IReadOnlyList<string> names)
    {
        string[] normalized = [.. names.Select(CsvColumn.Normalize)];
        if (!normalized.Any(n => IsoWeekText.IsWeekColumn(n, out _, out _)))
        {
            return new WeeksHeader(WeeksForm.Long, new CsvLayout(LongRequired, LongOptional, CsvColumns.ParticipantId), [], default, [], []);
        }

        var problems = new List<CsvLayout.Problem>();
        var weekColumns = new List<int>();
        var firstOfWeek = new Dictionary<LocalDate, int>();
        var rateColumns = new List<int>();
        var rateMonths = new List<YearMonth>();
        var firstOfMonth = new Dictionary<YearMonth, int>();
        bool inOrder = true;
        LocalDate firstMonday = default;
        int previous = -1;
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i];
            if (IsoWeekText.IsWeekColumn(normalized[i], out int weekYear, out int week))
            {
                weekColumns.Add(i);
                if (week < 1 || week > IsoWeekText.WeeksIn(weekYear))
                {
                    problems.Add(new(i + 1, $"{name}: week {week:00} does not exist in the ISO year {weekYear}, which has {IsoWeekText.WeeksIn(weekYear)} weeks"));
                    continue;
                }

                LocalDate monday = LocalDate.FromWeekYearWeekAndDay(weekYear, week, IsoDayOfWeek.Monday);
                if (firstOfWeek.TryGetValue(monday, out int first))
                {
                    problems.Add(new(i + 1, $"{name}: repeats column {first + 1} ({names[first]}); the y_ columns must be consecutive ISO weeks in header order, each once"));
                    continue;
                }

                firstOfWeek.Add(monday, i);
                if (previous < 0)
                {
                    firstMonday = monday;
                }
                else if (inOrder && monday != firstMonday.PlusDays(7 * firstOfWeek.Count - 7))
                {
                    inOrder = false;
                    LocalDate expected = firstMonday.PlusDays(7 * firstOfWeek.Count - 7);
                    problems.Add(new(i + 1, $"{name}: out of order: expected {IsoWeekText.ColumnName(expected)}, the week after column {previous + 1} ({names[previous]}); the y_ columns must be consecutive ISO weeks in header order, with no gap"));
                }

                previous = i;
            }
            else if (IsoWeekText.IsRateColumn(normalized[i], out int year, out int month))
            {
                if (year < 1 || month is < 1 or > 12)
                {
                    problems.Add(new(i + 1, $"{name}: expected grad_YYYY_MM naming a calendar month (a year from 0001, a month from 01 to 12)"));
                    continue;
                }

                var yearMonth = new YearMonth(year, month);
                if (firstOfMonth.TryGetValue(yearMonth, out int first))
                {
                    problems.Add(new(i + 1, $"{name}: repeats column {first + 1} ({names[first]}); give each month one grad_ column"));
                    continue;
                }

                firstOfMonth.Add(yearMonth, i);
                rateColumns.Add(i);
                rateMonths.Add(yearMonth);
            }
        }

        var layout = new CsvLayout([], [], CsvColumns.ExtractParticipantId) { Problems = problems };
        return new WeeksHeader(WeeksForm.Wide, layout, [.. weekColumns], firstMonday, [.. rateColumns], [.. rateMonths]);
    }
}
