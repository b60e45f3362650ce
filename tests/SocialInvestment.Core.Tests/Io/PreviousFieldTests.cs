using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>A field of the row before is the same as a field of this row exactly where their bytes are equal.</summary>
public sealed class PreviousFieldTests
{
    [Property(MaxTest = 1000)]
    public Property A_field_is_the_one_kept_exactly_where_its_bytes_are_equal() =>
        Prop.ForAll(Pairs().ToArbitrary(), pair =>
        {
            var previous = new PreviousField(mostBytes: 24);
            previous.Keep(pair.Kept);

            Assert.Equal(pair.Kept.Length <= 24 && pair.Kept.AsSpan().SequenceEqual(pair.Field), previous.Is(pair.Field));
        });

    [Fact]
    public void Nothing_is_kept_before_a_field_is_kept_or_once_forgotten()
    {
        var previous = new PreviousField();
        Assert.False(previous.Is([]));

        previous.Keep("su"u8);
        Assert.True(previous.Is("su"u8));
        previous.Forget();

        Assert.False(previous.Is("su"u8));
    }

    /// <summary>A field and one that is the same, differs in one byte, or is other bytes, of lengths around 8, 16 and the most kept.</summary>
    private static Gen<(byte[] Kept, byte[] Field)> Pairs() =>
        from length in Gen.Choose(0, 30)
        from kept in Gen.ArrayOf(Gen.Elements<byte>(0, 1, (byte)'a', 0xFF), length)
        from how in Gen.Choose(0, 2)
        from at in Gen.Choose(0, Math.Max(0, length - 1))
        from other in Gen.ArrayOf(Gen.Elements<byte>(0, 1, (byte)'a', 0xFF))
        select (kept, how switch
        {
            0 => (byte[])kept.Clone(),
            1 when length > 0 => [.. kept[..at], (byte)(kept[at] ^ 1), .. kept[(at + 1)..]],
            _ => other,
        });
}
