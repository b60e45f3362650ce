namespace SocialInvestment.Tests.Participants;

public class EchoTests
{
    [Theory]
    [InlineData("0205871000", "<digits hidden>")]
    [InlineData("020587-1000", "<digits hidden>")]
    [InlineData("x020587y", "x<digits hidden>y")]
    [InlineData("12345", "12345")]
    [InlineData("2024-13-01", "2024-13-01")]
    [InlineData("a 123456789012 b", "a <digits hidden> b")]
    public void Runs_of_six_or_more_digits_are_hidden(string value, string expected) =>
        Assert.Equal(expected, Echo.Value(value));

    [Fact]
    public void Long_values_are_cut_after_masking_so_no_part_of_a_CPR_remains()
    {
        string value = new string('a', 36) + "0205871000";
        string echoed = Echo.Value(value);
        Assert.DoesNotContain("0205", echoed, StringComparison.Ordinal);
        Assert.Equal(Echo.MaxLength + 3, echoed.Length);
        Assert.EndsWith("...", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_become_spaces() => Assert.Equal("a b", Echo.Value("a\nb"));

    [Fact]
    public void Empty_value_is_called_nothing() => Assert.Equal("nothing", Echo.Quoted(string.Empty));
}
