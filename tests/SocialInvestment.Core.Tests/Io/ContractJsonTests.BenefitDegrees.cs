namespace SocialInvestment.Tests.Io;

/// <summary>A benefit code written as an object with a class and a degree (SPEC-DK DK2).</summary>
public partial class ContractJsonTests
{
    private static string WithBenefits(string benefits) =>
        Minimal.Replace("\"payments\"", "\"benefits\": " + benefits + ",\n  \"payments\"", StringComparison.Ordinal);

    [Fact]
    public void A_benefit_code_may_map_to_an_object_with_its_class_and_the_degree_of_rows_without_one()
    {
        Contract contract = ReadOk(WithBenefits("""{ "774": { "class": "support", "degree": 0.5 }, "kth": "support" }"""));

        Assert.Equal(BenefitClass.Support, contract.Benefits["774"]);
        Assert.Equal(BenefitClass.Support, contract.Benefits["kth"]);
        Assert.Equal([KeyValuePair.Create("774", Degree.FromDecimal(0.5m))], contract.BenefitDegrees);
        Assert.Equal(0.5m, contract.DegreeOf("774").Value);
        Assert.Equal(0.25m, contract.DegreeOf("774", Degree.FromDecimal(0.25m)).Value);
        Assert.Equal(Degree.Full, contract.DegreeOf("kth"));
    }

    [Theory]
    [InlineData("education", BenefitClass.Education)]
    [InlineData("ignore", BenefitClass.Ignore)]
    [InlineData("support", BenefitClass.Support)]
    public void A_benefit_object_without_a_degree_is_the_same_as_its_class_alone(string name, BenefitClass expected)
    {
        Contract asObject = ReadOk(WithBenefits($$"""{ "c": { "class": "{{name}}" } }"""));
        Contract alone = ReadOk(WithBenefits($$"""{ "c": "{{name}}" }"""));

        Assert.Equal(expected, asObject.Benefits["c"]);
        Assert.Equal(alone.Benefits, asObject.Benefits);
        Assert.Empty(asObject.BenefitDegrees);
    }

    [Theory]
    [InlineData("education")]
    [InlineData("ignore")]
    public void A_degree_on_a_code_that_is_not_support_is_an_error_at_the_degree(string name)
    {
        string json = WithBenefits($$"""{ "su": { "class": "{{name}}", "degree": 0.5 } }""");

        AssertSingleError(json, "0.5", $"benefits.su.degree: a degree is allowed only with class \"support\", and this code's class is \"{name}\": leave the degree out");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.5")]
    [InlineData("1.0001")]
    [InlineData("\"0.5\"")]
    [InlineData("true")]
    [InlineData("null")]
    public void A_degree_outside_zero_exclusive_to_one_or_not_a_number_is_an_error_at_the_degree(string degree)
    {
        string json = WithBenefits($$"""{ "774": { "class": "support", "degree": {{degree}} } }""");

        AssertSingleError(json, degree + " }", $"benefits.774.degree: expected a degree greater than 0 and at most 1, found {degree}");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.0001")]
    public void A_degree_at_the_edges_of_its_range_is_read_exactly(string degree)
    {
        Contract contract = ReadOk(WithBenefits($$"""{ "774": { "class": "support", "degree": {{degree}} } }"""));

        Assert.Equal(degree, contract.DegreeOf("774").ToString());
    }

    [Fact]
    public void A_benefit_object_without_a_class_is_an_error_at_the_object()
    {
        string json = WithBenefits("""{ "774": { "degree": 0.5 } }""");

        AssertSingleError(json, "{ \"degree\"", "benefits.774.class: required field is missing");
    }

    [Fact]
    public void A_benefit_object_with_an_unknown_class_is_an_error_at_the_class()
    {
        string json = WithBenefits("""{ "774": { "class": "partial", "degree": 0.5 } }""");

        AssertSingleError(json, "\"partial\"", "benefits.774.class: expected one of \"support\", \"education\", \"ignore\", found \"partial\"");
    }

    [Fact]
    public void A_benefit_object_with_an_unknown_field_is_an_error_at_its_name()
    {
        string json = WithBenefits("""{ "774": { "class": "support", "grad": 0.5 } }""");

        AssertSingleError(json, "\"grad\"", "benefits.774.grad: unknown field; a benefit has only class, degree");
    }

    [Theory]
    [InlineData("0.5", "0.5")]
    [InlineData("[\"support\"]", "an array")]
    [InlineData("null", "null")]
    public void A_benefit_that_is_neither_a_class_nor_an_object_is_an_error_at_its_value(string value, string found)
    {
        string json = WithBenefits($$"""{ "774": {{value}} }""");

        AssertSingleError(json, value + " }", $"benefits.774: expected one of \"support\", \"education\", \"ignore\", or an object with class and degree, found {found}");
    }
}
