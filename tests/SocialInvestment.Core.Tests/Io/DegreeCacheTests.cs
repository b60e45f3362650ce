using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>A degree field gives the value of the degree that parsing it gives, to its last decimal, seen before or not.</summary>
public sealed class DegreeCacheTests
{
    [Property(MaxTest = 200)]
    public Property Each_field_gives_the_degree_and_value_that_parsing_it_gives() =>
        Prop.ForAll(Fields().ToArbitrary(), fields =>
        {
            var cache = new DegreeCache();
            foreach (string field in fields)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(field);
                bool parsed = TextValues.TryParseDecimal(utf8, out decimal expected) && Degree.IsValid(expected);

                Assert.Equal(parsed, cache.TryGet(utf8, out decimal value));
                if (parsed)
                {
                    Assert.Equal(Degree.FromDecimal(expected).Value.ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        });

    /// <summary>Degrees with a decimal point or comma and trailing zeros, repeating, more than the cache keeps, some longer than it keys, and some not degrees.</summary>
    private static Gen<string[]> Fields() =>
        Gen.ArrayOf(
            Gen.Frequency(
                (10, Gen.Elements("1", "0,5", "0.50", "0,25", "0.750", "1.0")),
                (5, from hundredths in Gen.Choose(1, 100)
                    from comma in Gen.Elements(false, true)
                    from zeros in Gen.Choose(0, 6)
                    select (hundredths / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", comma ? "," : ".", StringComparison.Ordinal) + (hundredths % 100 == 0 ? string.Empty : new string('0', zeros))),
                (1, Gen.Elements("0", "2", "-1", "x", "1,0000001", "0.00000001"))),
            60);
}
