using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>A code field gives its text, one string and one number for each distinct value, whatever its length.</summary>
public sealed class CodeCacheTests
{
    [Property(MaxTest = 300)]
    public Property Equal_fields_give_one_string_and_number_and_other_fields_others() =>
        Prop.ForAll(Fields().ToArbitrary(), fields =>
        {
            var cache = new CodeCache();
            var seen = new Dictionary<string, (string Text, int Index)>(StringComparer.Ordinal);
            foreach (string field in fields)
            {
                string text = cache.Get(Encoding.UTF8.GetBytes(field), out int index);

                Assert.Equal(field, text);
                if (seen.TryGetValue(field, out var first))
                {
                    Assert.Same(first.Text, text);
                    Assert.Equal(first.Index, index);
                }
                else
                {
                    Assert.DoesNotContain(seen.Values, v => v.Index == index);
                    seen.Add(field, (text, index));
                }
            }
        });

    /// <summary>Codes of 0 to 20 characters that share their first bytes, around the 7 and 8 that a code's head holds.</summary>
    private static Gen<string[]> Fields() =>
        Gen.ArrayOf(
            from length in Gen.Choose(0, 20)
            from chars in Gen.ArrayOf(Gen.Elements('a', 'b', 'æ'), length)
            select "kontanthjaelp"[..Math.Min(13, length / 2)] + new string(chars),
            50);
}
