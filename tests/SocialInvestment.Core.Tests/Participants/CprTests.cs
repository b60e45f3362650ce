using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;
using SocialInvestment.Tests.Io;

namespace SocialInvestment.Tests.Participants;

/// <summary>CPR numbers (SPEC §9): the century table, and that no message or text ever shows one.</summary>
public class CprTests
{
    [Theory]
    [InlineData("2902361000", "1: YY 36 is 1936, a leap year", true)]
    [InlineData("2902364000", "4: YY 36 is 2036, a leap year", true)]
    [InlineData("2902004000", "4: YY 00 is 2000 (not 1900), a leap year", true)]
    [InlineData("2902003000", "3: YY 00 is 1900, not a leap year", false)]
    [InlineData("2902374000", "4: YY 37 is 1937, not a leap year", false)]
    [InlineData("2902369000", "9: YY 36 is 2036", true)]
    [InlineData("2902009000", "9: YY 00 is 2000, leap", true)]
    [InlineData("2902005000", "5: YY 00 is 2000, leap", true)]
    [InlineData("2902565000", "5: YY 56 is 2056, leap", true)]
    [InlineData("2902588000", "8: YY 58 is 1858, not leap", false)]
    [InlineData("2902005999", "5: 2000", true)]
    [InlineData("2902000000", "0: YY 00 is 1900, not a leap year", false)]
    [InlineData("2902003999", "3: 1900, not leap", false)]
    [InlineData("2902966000", "6: YY 96 is 1896, a leap year", true)]
    public void The_seventh_digit_and_year_decide_the_century_and_so_29_February(string cpr, string why, bool valid) =>
        Assert.True(Cpr.TryParse(cpr, out _, out _) == valid, why);

    [Theory]
    [InlineData("010157", '5', 2057)]
    [InlineData("010158", '5', 1858)]
    [InlineData("010136", '4', 2036)]
    [InlineData("010137", '4', 1937)]
    [InlineData("010137", '9', 1937)]
    [InlineData("010157", '8', 2057)]
    [InlineData("010158", '8', 1858)]
    public void Century_boundaries_follow_the_CPR_office_table(string ddmmyy, char seventh, int year)
    {
        // 29 February exists in the year computed only where it is a leap year; probe with the year's leap-ness.
        string leapDay = "2902" + ddmmyy[4..];
        bool leap = DateTime.IsLeapYear(year);
        Assert.Equal(leap, Cpr.TryParse(leapDay + seventh + "000", out _, out _));
        Assert.True(Cpr.TryParse(ddmmyy + seventh + "000", out _, out _));
    }

    [Fact]
    public void Modulus_11_is_not_required() => Assert.True(Cpr.TryParse("0101901235", out _, out _));

    [Property(MaxTest = 500)]
    public Property No_message_or_text_shows_a_CPR_number()
    {
        Gen<string> cprs =
            from day in Gen.Choose(1, 28)
            from month in Gen.Choose(1, 12)
            from yy in Gen.Choose(0, 99)
            from serial in Gen.Choose(0, 9999)
            from hyphen in Gen.Elements(true, false)
            select FormattableString.Invariant($"{day:00}{month:00}{yy:00}{(hyphen ? "-" : string.Empty)}{serial:0000}");
        return Prop.ForAll(cprs.ToArbitrary(), text =>
        {
            string digits = text.Replace("-", string.Empty, StringComparison.Ordinal);
            string first6 = digits[..6];
            Assert.True(Cpr.TryParse(text, out Cpr cpr, out _));
            var messages = new List<string> { cpr.ToString() };

            // Every error path that sees the field: no key, duplicates, an id column, a broken neighbour field, too many fields.
            messages.AddRange(Csv.Participants($"cpr;start\n{text};2024-01-01\n").Errors.Select(e => e.ToString()));
            messages.AddRange(Csv.Participants($"cpr;start\n{text};2024-01-01\n{digits};x\n", Csv.Key).Errors.Select(e => e.ToString()));
            messages.AddRange(Csv.Participants($"participant_id;start\n{text};2024-01-01\n").Errors.Select(e => e.ToString()));
            messages.AddRange(Csv.Participants($"cpr;start\n{text}x;2024-01-01\n", Csv.Key).Errors.Select(e => e.ToString()));
            messages.AddRange(Csv.Participants($"cpr;start\n\"{text}\"\";{text}\n", Csv.Key).Errors.Select(e => e.ToString()));
            messages.AddRange(Csv.Participants($"participant_id;cohort;start\nP1;{text};{text}\n").Errors.Select(e => e.ToString()));
            messages.AddRange(LedgerCsv.Read(Csv.Utf8($"participant_id;payment;period;amount\nP1;{text};{text};{text}\n"), "l.csv").Errors.Select(e => e.ToString()));
            return messages.All(m => !m.Contains(digits, StringComparison.Ordinal) && !m.Contains(first6, StringComparison.Ordinal));
        });
    }
}
