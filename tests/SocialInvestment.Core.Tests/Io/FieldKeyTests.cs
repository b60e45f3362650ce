using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The readers' caches match a field by its key: two fields of up to 7 bytes have equal heads exactly where they are
/// equal, and two of up to 15 bytes have equal heads and tails exactly where they are equal.
/// </summary>
public sealed class FieldKeyTests
{
    [Property(MaxTest = 2000)]
    public Property Fields_of_up_to_15_bytes_have_equal_keys_exactly_where_they_are_equal() =>
        Prop.ForAll(Pairs().ToArbitrary(), pair =>
        {
            (byte[] a, byte[] b) = pair;
            bool equal = a.AsSpan().SequenceEqual(b);
            bool keysEqual = FieldKey.Head(a) == FieldKey.Head(b)
                && (a.Length < 8 || b.Length < 8 || FieldKey.Tail(a) == FieldKey.Tail(b));
            return (equal == keysEqual).Label($"[{string.Join(',', a)}] and [{string.Join(',', b)}]");
        });

    [Fact]
    public void A_head_holds_the_length_and_the_first_seven_bytes_in_order()
    {
        Assert.Equal(0x0300_0000_0063_6261UL, FieldKey.Head("abc"u8));
        Assert.Equal(0x0767_6665_6463_6261UL, FieldKey.Head("abcdefg"u8));
        Assert.Equal(0x0967_6665_6463_6261UL, FieldKey.Head("abcdefghi"u8));
        Assert.Equal(0x6968_6766_6564_6362UL, FieldKey.Tail("abcdefghi"u8));
        Assert.Equal(0UL, FieldKey.Head([]));
    }

    /// <summary>Pairs of 0-15 bytes from a small alphabet with zero bytes, often equal or differing in one byte.</summary>
    private static Gen<(byte[], byte[])> Pairs() =>
        from length in Gen.Choose(0, 15)
        from a in Gen.ArrayOf(Gen.Elements<byte>(0, 1, 48, 255), length)
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, Math.Max(0, length - 1))
        from other in Gen.Choose(0, 15).SelectMany(n => Gen.ArrayOf(Gen.Elements<byte>(0, 1, 48, 255), n))
        select (a, kind == 0 ? [.. a] : kind == 1 && length > 0 ? [.. a[..at], (byte)(a[at] ^ 1), .. a[(at + 1)..]] : other);
}
