using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A value or name that a JSON error shows is masked wherever it may hold a CPR number. The regex is skipped for text
/// that cannot match it (under ten characters, or no digit), which must never change what is shown.
/// </summary>
public sealed class JsonFoundValueTests
{
    // The rule as written, run on every text: what the shortcut must agree with.
    private static readonly Regex CprLike = new(@"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant);

    [Property(MaxTest = 1000)]
    public Property Masking_gives_what_the_regex_gives_on_every_text() =>
        Prop.ForAll(Texts().ToArbitrary(), text => Assert.Equal(CprLike.Replace(text, "**********"), JsonFoundValue.Mask(text)));

    [Theory]
    [InlineData("0101901234", "**********")]
    [InlineData("010190-1234", "**********")]
    [InlineData("cpr 010190-1234 given", "cpr ********** given")]
    [InlineData("01019012345", "01019012345")]
    [InlineData("weeks_2026", "weeks_2026")]
    [InlineData("max_total_per_participant", "max_total_per_participant")]
    [InlineData("123456789", "123456789")]
    public void A_CPR_number_is_masked_and_other_text_left_as_it_is(string text, string shown) =>
        Assert.Equal(shown, JsonFoundValue.Mask(text));

    private static Gen<string> Texts() =>
        Gen.Frequency(
            (3, Gen.ArrayOf(Gen.Elements('0', '1', '9', '-', 'a', ' ', 'ø')).Select(chars => new string(chars))),
            (1, Gen.ArrayOf(Gen.Elements('0', '5', '9', '-')).Select(chars => new string(chars))));
}
