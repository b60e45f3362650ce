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

    /// <summary>Thousands of fields of more dates than the table has slots for, in two forms, repeating, and some not dates.</summary>
    private static Gen<string[]> Fields() =>
        Gen.ArrayOf(
            Gen.Frequency(
                (30, from days in Gen.Choose(0, 9000)
                     from iso in Gen.Elements(false, true)
                     let date = new LocalDate(2000, 1, 1).PlusDays(days)
                     select date.ToString(iso ? "yyyy-MM-dd" : "dd-MM-yyyy", CultureInfo.InvariantCulture)),
                (1, Gen.Elements("2024-13-01", "31-02-2024", "xxxxxxxxxx", "\0\0\0\0\0\0\0\0\0\0", "2024-1-1"))),
            5000);
}
