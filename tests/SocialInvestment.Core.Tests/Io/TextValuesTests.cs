using System.Globalization;
using System.Text;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The value forms of SPEC §2, read both ways: the string form decides and explains, the UTF-8 form is the fast path
/// the CSV readers try first. The fast path may decline (false) and leave the decision to the string form, but where
/// it answers it must give the string form's value.
/// </summary>
public class TextValuesTests
{
    [Theory]
    [InlineData("2024-01-15", 2024, 1, 15)]
    [InlineData("15-01-2024", 2024, 1, 15)]
    [InlineData("15.01.2024", 2024, 1, 15)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("31.12.9999", 9999, 12, 31)]
    [InlineData("1999-09-29", 1999, 9, 29)]
    [InlineData("2000-10-10", 2000, 10, 10)]
    [InlineData("29-02-2024", 2024, 2, 29)]
    [InlineData("30.04.2025", 2025, 4, 30)]
    public void Dates_in_the_three_forms_are_read_the_same_from_text_and_from_UTF8(string text, int year, int month, int day)
    {
        var expected = new LocalDate(year, month, day);

        Assert.True(TextValues.TryParseDate(text, out LocalDate fromText));
        Assert.Equal(expected, fromText);
        Assert.True(TextValues.TryParseDate(Encoding.UTF8.GetBytes(text), out LocalDate fromUtf8));
        Assert.Equal(expected, fromUtf8);
    }

    [Theory]
    [InlineData("2024-1-15")]
    [InlineData("2024-01-155")]
    [InlineData("")]
    [InlineData("2024/01/15")]
    [InlineData("15/01/2024")]
    [InlineData("15-01.2024")]
    [InlineData("15.01-2024")]
    [InlineData("2024-01.15")]
    [InlineData("2024.01-15")]
    [InlineData("2024-00-15")]
    [InlineData("2024-13-15")]
    [InlineData("2024-01-00")]
    [InlineData("2024-01-32")]
    [InlineData("29-02-2023")]
    [InlineData("31.04.2025")]
    [InlineData("2024-01-0x")]
    [InlineData("2024-01-1:")]
    [InlineData("2024-0/-15")]
    [InlineData("x024-01-15")]
    [InlineData("15.0a.2024")]
    public void Anything_else_is_not_a_date_either_way(string text)
    {
        Assert.False(TextValues.TryParseDate(text, out _));
        Assert.False(TextValues.TryParseDate(Encoding.UTF8.GetBytes(text), out LocalDate date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void The_fast_path_declines_year_zero_which_is_no_real_date()
    {
        Assert.False(TextValues.TryParseDate("0000-06-01"u8, out _));
        Assert.False(TextValues.TryParseDate("01.06.0000"u8, out _));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("7", "7")]
    [InlineData("12.50", "12.50")]
    [InlineData("1,5", "1.5")]
    [InlineData("0.001", "0.001")]
    [InlineData("19999.99", "19999.99")]
    [InlineData("4294967296", "4294967296")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("1234567890.12345678", "1234567890.12345678")]
    [InlineData("98765.4321", "98765.4321")]
    public void Non_negative_decimals_are_read_the_same_from_text_and_from_UTF8_scale_included(string text, string expected)
    {
        Assert.True(TextValues.TryParseDecimal(text, allowNegative: false, out decimal fromText));
        Assert.Equal(expected, fromText.ToString(CultureInfo.InvariantCulture));
        Assert.True(TextValues.TryParseDecimal(Encoding.UTF8.GetBytes(text), out decimal fromUtf8));
        Assert.Equal(expected, fromUtf8.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("1,2.3")]
    [InlineData("1a")]
    [InlineData("a1")]
    [InlineData("1 000")]
    [InlineData("1e5")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData(" 1")]
    public void Anything_else_is_not_a_non_negative_decimal_either_way(string text)
    {
        Assert.False(TextValues.TryParseDecimal(text, allowNegative: false, out _));
        Assert.False(TextValues.TryParseDecimal(Encoding.UTF8.GetBytes(text), out decimal value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void The_fast_path_declines_more_than_18_digits_and_the_string_form_reads_them()
    {
        const string text = "1234567890123456789.5";

        Assert.False(TextValues.TryParseDecimal(Encoding.UTF8.GetBytes(text), out _));
        Assert.True(TextValues.TryParseDecimal(text, allowNegative: false, out decimal value));
        Assert.Equal(1234567890123456789.5m, value);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("-12,25", "-12.25")]
    [InlineData("-0.5", "-0.5")]
    public void A_leading_minus_is_read_only_where_negatives_are_allowed(string text, string expected)
    {
        Assert.True(TextValues.TryParseDecimal(text, allowNegative: true, out decimal value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.False(TextValues.TryParseDecimal(text, allowNegative: false, out _));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("--1")]
    [InlineData("-.5")]
    [InlineData("1-")]
    public void A_minus_alone_or_out_of_place_is_not_a_decimal(string text) =>
        Assert.False(TextValues.TryParseDecimal(text, allowNegative: true, out _));

    [Theory]
    [InlineData("5", 0)]
    [InlineData("5.0", 1)]
    [InlineData("5,25", 2)]
    [InlineData("-0.125", 3)]
    public void The_decimals_written_are_counted_after_either_separator(string text, int decimals) =>
        Assert.Equal(decimals, TextValues.DecimalsIn(text));

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("ja", true)]
    [InlineData("Ja", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("nej", false)]
    [InlineData("NEJ", false)]
    public void Booleans_are_true_false_one_zero_or_ja_nej_in_any_case(string text, bool expected)
    {
        Assert.True(TextValues.TryParseBool(text, out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("t")]
    [InlineData("01")]
    public void Other_words_are_not_booleans(string text) =>
        Assert.False(TextValues.TryParseBool(text, out _));

    [Fact]
    public void Dates_are_formatted_in_the_ISO_form() =>
        Assert.Equal("2024-03-05", TextValues.Format(new LocalDate(2024, 3, 5)));
}
