using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// Lines and columns of contract.json errors: a line ends at <c>\n</c>, a column counts characters, not bytes. The map
/// remembers the last position asked for, to count on from it; whatever order positions are asked in, each must be
/// what counting from the line's start gives.
/// </summary>
public class JsonLineMapTests
{
    private static readonly string[] Pieces = ["a", "b", " ", "æ", "€", "😀", "\n", "\r\n", "{", "\""];

    private static JsonTextPosition Counted(byte[] utf8, int offset)
    {
        int lineStart = offset == 0 ? 0 : Array.LastIndexOf(utf8, (byte)'\n', offset - 1) + 1;
        int line = 1 + utf8.AsSpan(0, offset).Count((byte)'\n');
        return new JsonTextPosition(line, 1 + Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart));
    }

    private static Arbitrary<(string Text, int[] Offsets)> Texts() =>
        (from pieces in Gen.ArrayOf(Gen.Elements(Pieces))
         let text = string.Concat(pieces)
         let boundaries = CharBoundaries(Encoding.UTF8.GetBytes(text))
         from offsets in Gen.ArrayOf(Gen.Elements(boundaries))
         select (text, offsets)).ToArbitrary();

    private static int[] CharBoundaries(byte[] utf8) =>
        Enumerable.Range(0, utf8.Length + 1).Where(i => i == utf8.Length || (utf8[i] & 0xC0) != 0x80).ToArray();

    [Property(MaxTest = 300)]
    public Property Every_position_is_counted_from_its_lines_start_whatever_was_asked_before() =>
        Prop.ForAll(Texts(), t =>
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(t.Text);
            var map = new JsonLineMap(utf8);
            return t.Offsets.All(o => map.At(o) == Counted(utf8, o));
        });

    [Fact]
    public void A_position_asked_again_on_another_line_is_not_taken_from_the_last_one()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("ææææ\nab");
        var map = new JsonLineMap(utf8);

        Assert.Equal(new JsonTextPosition(1, 4), map.At(6));
        Assert.Equal(new JsonTextPosition(2, 2), map.At(10));
        Assert.Equal(new JsonTextPosition(1, 2), map.At(2));
        Assert.Equal(new JsonTextPosition(2, 3), map.At(11));
    }

    [Fact]
    public void Line_and_byte_in_line_give_the_same_position_as_the_offset()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("{\n  \"æ\": 1,\n}");
        var map = new JsonLineMap(utf8);

        Assert.Equal(new JsonTextPosition(2, 6), map.At(1, 6));
        Assert.Equal(8L, map.Offset(1, 6));
        Assert.Equal(new JsonTextPosition(3, 1), map.At(2, 0));
        Assert.Equal(new JsonTextPosition(3, 2), map.At(2, 99));
        Assert.Equal((byte?)'}', map.ByteAt(utf8.Length - 1));
        Assert.Null(map.ByteAt(utf8.Length));
        Assert.Null(map.ByteAt(-1));
    }
}
