using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Writes a <see cref="SyntheticExtract"/> as a weeks file (SPEC-DK DK1), row by row, so that an extract of millions
/// of people is never held in memory: the wide form (a DREAM extract) or the long form (a municipal system's weekly
/// table). <see cref="SyntheticExtract.Spells"/> are the equivalent spells, for spells.csv beside it.
/// </summary>
/// <remarks>
/// <para>Wide form: the header <c>pnr</c>, a <c>y_YYWW</c> column for each week of the period in order (<c>YY</c> the
/// ISO week-numbering year's last two digits, <c>WW</c> the ISO week), then a <c>grad_YYYY_MM</c> column for each of
/// the extract's months; a cell holds the week's benefit code or <c>.</c> for none, and the month's employment rate
/// with at most four decimals (<c>0</c> for none).</para>
/// <para>Long form: the header <c>participant_id,week,benefit,degree</c> (Danish: <c>deltager_id;uge;ydelse;grad</c>),
/// one row for each coded week of a person, a second row where the week has a second code; <c>degree</c> is the
/// row's own degree or empty. The week is written in turn (by row and week, the same for the same extract) as
/// <c>2026-W05</c>, <c>2026W05</c>, <c>202605</c>, a date of the week in the dialect's form (<c>2026-01-28</c>, Danish
/// <c>28-01-2026</c>; each weekday in turn), <c>2026-w05</c>, <c>2026w05</c>, the Thursday as <c>29.01.2026</c>, and the
/// Sunday in the other dashed form.</para>
/// <para>Both in an <see cref="InputDialect"/>: standard (<c>,</c>, <c>.</c> decimals, UTF-8, <c>\n</c>) or Danish
/// (<c>;</c>, decimal commas, Windows-1252, <c>\r\n</c>).</para>
/// </remarks>
public static class WeeksCsvWriter
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern DanishDate = LocalDatePattern.CreateWithInvariantCulture("dd-MM-uuuu");
    private static readonly LocalDatePattern DottedDate = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    /// <summary>The number of ways a week is written in the long form.</summary>
    private const int WeekForms = 8;

    /// <summary>Writes the wide form.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="extract">The extract; one for the wide form.</param>
    /// <param name="dialect">The dialect.</param>
    /// <exception cref="ArgumentException"><paramref name="extract"/> is for the long form, whose own degrees and second rows the wide form cannot hold.</exception>
    public static void WriteWide(Stream stream, SyntheticExtract extract, InputDialect dialect = InputDialect.Standard)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(extract);
        if (extract.IsLongForm)
        {
            throw new ArgumentException("The extract is for the long form: the wide form has no degree column and one cell a week.", nameof(extract));
        }

        using var csv = new CsvByteWriter(stream, dialect);
        csv.Write("pnr"u8);
        for (int week = 0; week < extract.WeekCount; week++)
        {
            csv.Separator();
            csv.Write(Ascii(WeekColumn(extract.FirstMonday.PlusWeeks(week))));
        }

        foreach (YearMonth month in extract.Months)
        {
            csv.Separator();
            csv.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"grad_{month.Year:D4}_{month.Month:D2}")));
        }

        csv.EndRecord();
        var codes = new Codes(csv);
        var rates = new RateTexts(csv.DecimalSeparator);
        int months = extract.Months.Count;
        foreach (SyntheticExtractRow row in extract.Rows())
        {
            csv.Write(codes.Id(row.Id));
            for (int week = 0; week < row.WeekCount; week++)
            {
                csv.Separator();
                string? code = row.Benefit(week);
                csv.Write(code is null ? "."u8 : codes.Of(code));
            }

            for (int month = 0; month < months; month++)
            {
                csv.Separator();
                csv.Write(rates.Of(row.Rate(month)));
            }

            csv.EndRecord();
        }
    }

    /// <summary>Writes the long form.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="extract">The extract; one for the wide form is written as its weeks, without degrees or second rows.</param>
    /// <param name="dialect">The dialect.</param>
    public static void WriteLong(Stream stream, SyntheticExtract extract, InputDialect dialect = InputDialect.Standard)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(extract);
        using var csv = new CsvByteWriter(stream, dialect);
        csv.Write(csv.Danish ? "deltager_id;uge;ydelse;grad"u8 : "participant_id,week,benefit,degree"u8);
        csv.EndRecord();
        byte[][][] weeks = WeekTexts(extract.FirstMonday, extract.WeekCount, csv.Danish);
        var codes = new Codes(csv);
        var degrees = new Dictionary<decimal, byte[]>();
        int number = 0;
        foreach (SyntheticExtractRow row in extract.Rows())
        {
            byte[] id = codes.Id(row.Id);
            for (int week = 0; week < row.WeekCount; week++)
            {
                string? code = row.Benefit(week);
                if (code is null)
                {
                    continue;
                }

                byte[] text = weeks[week][((number * 3) + week) % WeekForms];
                Row(csv, id, text, codes.Of(code), Degree(row.OwnDegree(week), degrees, csv.DecimalSeparator));
                if (row.SecondBenefit(week) is { } second)
                {
                    Row(csv, id, text, codes.Of(second), []);
                }
            }

            number++;
        }
    }

    /// <summary>The <c>y_YYWW</c> column of the ISO week that begins on <paramref name="monday"/>.</summary>
    internal static string WeekColumn(LocalDate monday) => string.Create(
        CultureInfo.InvariantCulture,
        $"y_{WeekYearRules.Iso.GetWeekYear(monday) % 100:D2}{WeekYearRules.Iso.GetWeekOfWeekYear(monday):D2}");

    private static void Row(CsvByteWriter csv, byte[] id, byte[] week, byte[] code, byte[] degree)
    {
        csv.Write(id);
        csv.Separator();
        csv.Write(week);
        csv.Separator();
        csv.Write(code);
        csv.Separator();
        csv.Write(degree);
        csv.EndRecord();
    }

    private static byte[] Degree(Degree? degree, Dictionary<decimal, byte[]> texts, char separator)
    {
        if (degree is not { } own)
        {
            return [];
        }

        if (!texts.TryGetValue(own.Value, out byte[]? text))
        {
            text = Ascii(own.Value.ToString(CultureInfo.InvariantCulture).Replace('.', separator));
            texts.Add(own.Value, text);
        }

        return text;
    }

    /// <summary>Week by week, the texts of the <see cref="WeekForms"/> forms; a date form by the day of the row's turn.</summary>
    private static byte[][][] WeekTexts(LocalDate firstMonday, int count, bool danish)
    {
        var texts = new byte[count][][];
        for (int week = 0; week < count; week++)
        {
            LocalDate monday = firstMonday.PlusWeeks(week);
            int year = WeekYearRules.Iso.GetWeekYear(monday);
            int number = WeekYearRules.Iso.GetWeekOfWeekYear(monday);

            // The dialect's date form takes each weekday in turn, week by week; the others the Thursday and the Sunday.
            LocalDate day = monday.PlusDays(week % 7);
            LocalDatePattern own = danish ? DanishDate : IsoDate;
            LocalDatePattern other = danish ? IsoDate : DanishDate;
            texts[week] =
            [
                Ascii(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{number:D2}")),
                Ascii(string.Create(CultureInfo.InvariantCulture, $"{year:D4}W{number:D2}")),
                Ascii(string.Create(CultureInfo.InvariantCulture, $"{year:D4}{number:D2}")),
                Ascii(own.Format(day)),
                Ascii(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-w{number:D2}")),
                Ascii(string.Create(CultureInfo.InvariantCulture, $"{year:D4}w{number:D2}")),
                Ascii(DottedDate.Format(monday.PlusDays(3))),
                Ascii(other.Format(monday.PlusDays(6))),
            ];
        }

        return texts;
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>The bytes of each code and id, encoded once; the last code is kept, since a code runs for weeks.</summary>
    private sealed class Codes(CsvByteWriter csv)
    {
        private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);
        private string? _last;
        private byte[] _lastBytes = [];

        internal byte[] Of(string code)
        {
            if (ReferenceEquals(code, _last))
            {
                return _lastBytes;
            }

            if (!_bytes.TryGetValue(code, out byte[]? bytes))
            {
                bytes = csv.Encode(code, "benefit");
                _bytes.Add(code, bytes);
            }

            _last = code;
            _lastBytes = bytes;
            return bytes;
        }

        internal byte[] Id(ParticipantId id) => csv.Encode(id.Value, "participant_id");
    }

    /// <summary>The texts of employment rates: <c>0</c>, <c>1</c>, or <c>0.</c> and up to four digits, each made once.</summary>
    private sealed class RateTexts(char separator)
    {
        /// <summary>A rate of 1 in ten-thousandths: a rate has at most four decimals.</summary>
        private const int Whole = 10_000;

        private readonly byte[]?[] _texts = new byte[Whole + 1][];

        internal byte[] Of(decimal rate)
        {
            decimal scaled = rate * Whole;
            if (scaled == decimal.Truncate(scaled) && scaled >= 0 && scaled <= Whole)
            {
                int index = (int)scaled;
                return _texts[index] ??= Text(rate);
            }

            return Text(rate);
        }

        private byte[] Text(decimal rate) =>
            Ascii((rate == 0m ? "0" : rate == 1m ? "1" : rate.ToString("0.############################", CultureInfo.InvariantCulture)).Replace('.', separator));
    }
}
