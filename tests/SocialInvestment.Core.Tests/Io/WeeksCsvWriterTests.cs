using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// <see cref="WeeksCsvWriter"/>: the wide form (<c>pnr</c>, a <c>y_YYWW</c> column for each consecutive ISO week, a
/// <c>grad_YYYY_MM</c> column for each month, <c>.</c> for no benefit) and the long form (a row for each coded week,
/// the week written in every form SPEC-DK DK1 allows), in the standard and the Danish dialect, leaving the stream open.
/// </summary>
public sealed class WeeksCsvWriterTests
{
    private static string[] Lines(byte[] bytes, InputDialect dialect) =>
        (dialect == InputDialect.DanishExport ? Csv.Windows1252 : Encoding.UTF8).GetString(bytes)
            .Split(dialect == InputDialect.DanishExport ? "\r\n" : "\n")[..^1];

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        Assert.True(stream.CanWrite);
        return stream.ToArray();
    }

    [Fact]
    public void The_wide_header_is_pnr_the_weeks_in_order_through_a_53_week_year_and_the_months()
    {
        var extract = new SyntheticExtract(3, 5, 6, seed: 1, longForm: false, asOf: D("2027-01-20"));
        string[] lines = Lines(Written(s => WeeksCsvWriter.WriteWide(s, extract)), InputDialect.Standard);

        Assert.Equal("pnr,y_2651,y_2652,y_2653,y_2701,y_2702,y_2703,grad_2026_12", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.All(lines[1..], line => Assert.Equal(8, line.Split(',').Length));
    }

    [Fact]
    public void A_wide_cell_is_the_weeks_code_or_a_dot_and_a_rate_has_at_most_four_decimals()
    {
        var extract = new SyntheticExtract(20, 60, 260, seed: 2, longForm: false);
        string[] lines = Lines(Written(s => WeeksCsvWriter.WriteWide(s, extract)), InputDialect.Standard);
        SyntheticExtractRow[] rows = [.. extract.Rows().Select(Copy)];

        Assert.Equal(61, lines.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(rows[i].Id.Value, cells[0]);
            for (int w = 0; w < 260; w++)
            {
                Assert.Equal(rows[i].Benefit(w) ?? ".", cells[1 + w]);
            }

            for (int m = 0; m < extract.Months.Count; m++)
            {
                string text = cells[1 + 260 + m];
                Assert.Matches(@"^(0|1|0\.\d{0,3}[1-9])$", text);
                Assert.Equal(rows[i].Rate(m), decimal.Parse(text, CultureInfo.InvariantCulture));
            }
        }

        Assert.Contains(lines, line => line.Contains(",0.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Danish_wide_form_has_semicolons_decimal_commas_and_CRLF_and_the_same_cells()
    {
        var extract = new SyntheticExtract(20, 60, 104, seed: 3, longForm: false);
        string[] standard = Lines(Written(s => WeeksCsvWriter.WriteWide(s, extract)), InputDialect.Standard);
        byte[] bytes = Written(s => WeeksCsvWriter.WriteWide(s, extract, InputDialect.DanishExport));
        string[] danish = Lines(bytes, InputDialect.DanishExport);

        Assert.StartsWith("pnr;y_", danish[0], StringComparison.Ordinal);
        Assert.Contains(danish, line => line.Contains(";0,", StringComparison.Ordinal));
        Assert.Equal(standard.Length, danish.Length);
        Assert.Equal(standard, danish.Select(line => line.Replace(',', '.').Replace(';', ',')));
        Assert.Equal(Encoding.ASCII.GetBytes(Csv.Windows1252.GetString(bytes)), bytes);
    }

    [Fact]
    public void An_extract_for_the_long_form_is_not_written_wide()
    {
        var extract = new SyntheticExtract(1, 1, 10, seed: 1, longForm: true);

        Assert.Equal("extract", Assert.Throws<ArgumentException>(() => WeeksCsvWriter.WriteWide(new MemoryStream(), extract)).ParamName);
    }

    [Theory]
    [InlineData(InputDialect.Standard, "participant_id,week,benefit,degree")]
    [InlineData(InputDialect.DanishExport, "deltager_id;uge;ydelse;grad")]
    public void The_long_form_has_a_row_for_each_coded_week_written_in_every_form_of_a_week(InputDialect dialect, string header)
    {
        var extract = new SyntheticExtract(30, 90, 200, seed: 4, longForm: true);
        string[] lines = Lines(Written(s => WeeksCsvWriter.WriteLong(s, extract, dialect)), dialect);
        char separator = dialect == InputDialect.DanishExport ? ';' : ',';
        var expected = new List<(string, LocalDate, string, string)>();
        foreach (SyntheticExtractRow row in extract.Rows())
        {
            for (int w = 0; w < row.WeekCount; w++)
            {
                LocalDate monday = extract.FirstMonday.PlusWeeks(w);
                if (row.Benefit(w) is { } code)
                {
                    string degree = row.OwnDegree(w)?.Value.ToString(CultureInfo.InvariantCulture).Replace('.', separator == ';' ? ',' : '.') ?? string.Empty;
                    expected.Add((row.Id.Value, monday, code, degree));
                }

                if (row.SecondBenefit(w) is { } second)
                {
                    expected.Add((row.Id.Value, monday, second, string.Empty));
                }
            }
        }

        Assert.Equal(header, lines[0]);
        var forms = new HashSet<string>();
        var written = lines[1..].Select(line =>
        {
            string[] cells = line.Split(separator);
            forms.Add(Regex.Replace(cells[1], "[0-9]", "9"));
            return (cells[0], MondayOf(cells[1]), cells[2], cells[3]);
        }).ToList();

        Assert.Equal(expected, written);
        Assert.Equal(["99-99-9999", "99.99.9999", "9999-99-99", "9999-W99", "9999-w99", "999999", "9999W99", "9999w99"], forms.Order(StringComparer.Ordinal));
        Assert.Contains(written, row => row.Item4.Length > 0);
    }

    [Fact]
    public void A_date_in_the_long_form_falls_in_its_week_also_where_the_week_belongs_to_another_year()
    {
        var extract = new SyntheticExtract(10, 10, 60, seed: 5, longForm: true, asOf: D("2027-01-20"));
        string[] lines = Lines(Written(s => WeeksCsvWriter.WriteLong(s, extract)), InputDialect.Standard);

        // 2026 has 53 ISO weeks: 2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03, and its week-numbering year is 2026.
        string[] weeks = [.. lines[1..].Select(line => line.Split(',')[1]).Where(week => MondayOf(week) == D("2026-12-28"))];
        Assert.NotEmpty(weeks);
        Assert.Contains(weeks, week => week.StartsWith("2026", StringComparison.Ordinal) && week.EndsWith("53", StringComparison.Ordinal));
        Assert.All(lines[1..], line => Assert.InRange(MondayOf(line.Split(',')[1]), extract.FirstMonday, extract.LastSunday));
    }

    [Fact]
    public void A_field_is_quoted_where_it_holds_a_separator_a_quote_or_a_line_break_and_a_formula_is_refused()
    {
        using var csv = new CsvByteWriter(new MemoryStream(), InputDialect.Standard);
        using var danish = new CsvByteWriter(new MemoryStream(), InputDialect.DanishExport);

        Assert.Equal("701"u8.ToArray(), csv.Encode("701", "benefit"));
        Assert.Equal("\"a,b\""u8.ToArray(), csv.Encode("a,b", "benefit"));
        Assert.Equal("a,b"u8.ToArray(), danish.Encode("a,b", "benefit"));
        Assert.Equal("\"a;b\""u8.ToArray(), danish.Encode("a;b", "benefit"));
        Assert.Equal("\"say \"\"hi\"\"\""u8.ToArray(), csv.Encode("say \"hi\"", "benefit"));
        Assert.Equal("\"a\nb\""u8.ToArray(), csv.Encode("a\nb", "benefit"));
        Assert.Equal("\" a\""u8.ToArray(), csv.Encode(" a", "benefit"));
        Assert.Equal([0xE6], danish.Encode("æ", "benefit"));
        Assert.Contains("benefit", Assert.Throws<ArgumentException>(() => csv.Encode("=1+1", "benefit")).Message, StringComparison.Ordinal);
    }

    private static LocalDate MondayOf(string week)
    {
        Match iso = Regex.Match(week, "^([0-9]{4})-?[Ww]?([0-9]{2})$");
        if (iso.Success)
        {
            return WeekYearRules.Iso.GetLocalDate(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), IsoDayOfWeek.Monday);
        }

        foreach (string pattern in new[] { "uuuu-MM-dd", "dd-MM-uuuu", "dd.MM.uuuu" })
        {
            if (LocalDatePattern.CreateWithInvariantCulture(pattern).Parse(week) is { Success: true } date)
            {
                return date.Value.Minus(Period.FromDays((int)date.Value.DayOfWeek - 1));
            }
        }

        throw new FormatException($"not a week: {week}");
    }

    private static SyntheticExtractRow Copy(SyntheticExtractRow row)
    {
        var copy = new SyntheticExtractRow(row.WeekCount, row.Rates.Length, row.LongForm) { Id = row.Id, InCohort = row.InCohort };
        row.Codes.CopyTo(copy.Codes, 0);
        row.Degrees.CopyTo(copy.Degrees, 0);
        row.Second.CopyTo(copy.Second, 0);
        row.Rates.CopyTo(copy.Rates, 0);
        return copy;
    }
}
