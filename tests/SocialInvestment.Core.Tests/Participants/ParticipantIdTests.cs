
namespace SocialInvestment.Tests.Participants;

public sealed class ParticipantIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("A-Z_a-z.0-9")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void Accepts_one_to_64_characters_of_letters_digits_underscore_hyphen_and_dot(string value) =>
        Assert.Equal(value, ParticipantId.From(value).Value);

    [Theory]
    [InlineData("")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("a b")]
    [InlineData("søren")]
    [InlineData("a/b")]
    [InlineData("a,b")]
    [InlineData(" a")]
    public void Rejects_other_text_naming_the_parameter(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => ParticipantId.From(value));

        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("-A1")]
    [InlineData("-1-1")]
    [InlineData("-p1")]
    public void Rejects_a_leading_hyphen_which_a_spreadsheet_would_read_as_a_formula(string value)
    {
        Assert.False(ParticipantId.IsValid(value));
        var error = Assert.Throws<ArgumentException>(() => ParticipantId.From(value));
        Assert.Contains("does not begin with '-'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p-")]
    [InlineData("A1-1")]
    [InlineData("_-1")]
    [InlineData(".-")]
    public void Accepts_a_hyphen_after_the_first_character(string value) => Assert.Equal(value, ParticipantId.From(value).Value);

    [Fact]
    public void Rejects_null_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ParticipantId.From(null!));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Orders_by_code_points_not_by_culture()
    {
        // Code points: 'B' (66) < 'Z' (90) < 'a' (97); "a" < "aa" as a prefix. Danish collation would put "aa" after "Z".
        ParticipantId[] ids = [.. new[] { "aa", "Z", "a", "B" }.Select(ParticipantId.From)];

        Assert.Equal(["B", "Z", "a", "aa"], ids.Order().Select(id => id.Value));
    }

    [Fact]
    public void Equality_is_exact_letter_case_included()
    {
        Assert.NotEqual(ParticipantId.From("a"), ParticipantId.From("A"));
        Assert.Equal(ParticipantId.From("p-1"), ParticipantId.From("p-1"));
    }
}
