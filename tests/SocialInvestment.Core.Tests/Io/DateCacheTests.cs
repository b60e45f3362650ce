using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>A date field gives what parsing it gives, whether it was seen before or pushed out of the table by others.</summary>
public sealed class DateCacheTests
{
    [Property(MaxTest = 50)]
    public Property Each_field_gives_the_date_and_day_number_that_parsing_it_gives() =>
        Prop.ForAll(Fields().ToArbitrary(), fields =>
        {
            var cache = new DateCache();
            foreach (string field in fields)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(field);
                bool parsed = TextValues.TryParseDate(utf8, out LocalDate expected);

                Assert.Equal(parsed, cache.TryGet(utf8, out LocalDate date));
                Assert.Equal(parsed, cache.TryGetDay(utf8, out int day));
                if (parsed)
                {
                    Assert.Equal(expected, date);
                    Assert.Equal(BulkAccess.DayNumberOf(expected), day);
                }
            }
        });

    [Fact]
    public void A_day_that_its_month_does_not_have_is_not_a_date_though_the_month_is_known()
    {
        var cache = new DateCache();
        Assert.True(cache.TryGetDay("28-02-2023"u8, out _));
        Assert.True(cache.TryGetDay("2024-02-01"u8, out _));

        Assert.False(cache.TryGetDay("29-02-2023"u8, out _));
        Assert.False(cache.TryGetDay("00-02-2023"u8, out _));
        Assert.False(cache.TryGetDay("2a-02-2023"u8, out _));
        Assert.False(cache.TryGetDay("2024-02-30"u8, out _));
        Assert.True(cache.TryGetDay("2024-02-29"u8, out int leapDay));
        Assert.Equal(BulkAccess.DayNumberOf(new LocalDate(2024, 2, 29)), leapDay);
    }

    /// <summary>
    /// Thousands of fields of more months than the table keeps, in three forms, repeating, and some not dates: days past
    /// their month's end, digits out of place, separators mixed, a month's bytes with another day.
    /// </summary>
    private static Gen<string[]> Fields() =>
        Gen.ArrayOf(
            Gen.Frequency(
                (30, from days in Gen.Choose(-20000, 40000)
                     from form in Gen.Elements("yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy")
                     let date = new LocalDate(2000, 1, 1).PlusDays(days)
                     select date.ToString(form, CultureInfo.InvariantCulture)),
                (5, from month in Gen.Choose(1, 12)
                    from day in Gen.Elements("00", "01", "28", "29", "30", "31", "32", "3a", " 1", "99")
                    from form in Gen.Choose(0, 2)
                    select form == 0 ? $"2023-{month:00}-{day}" : form == 1 ? $"{day}-{month:00}-2024" : $"{day}.{month:00}.1900"),
                (1, Gen.Elements("2024-13-01", "31-02-2024", "xxxxxxxxxx", "\0\0\0\0\0\0\0\0\0\0", "2024-1-1", "01-01.2024", "01.01-2024", "01-01-0000", "0000-01-01", "12-3--4-56", "2024-01-1x"))),
            5000);
}
