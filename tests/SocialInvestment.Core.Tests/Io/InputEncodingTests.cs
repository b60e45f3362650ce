using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// SPEC §2: an input file is UTF-8 (a BOM skipped) or else Windows-1252, and its separator is found in its header line.
/// The sniffer reads the file once in 64 KiB chunks, so the rules are also read where a character, a run of spaces or
/// the BOM meets a chunk's edge.
/// </summary>
public class InputEncodingTests
{
    private const int Chunk = 64 * 1024;

    private static InputEncoding.Sniffed Sniff(byte[] bytes, int position = 0)
    {
        using var stream = new MemoryStream(bytes);
        stream.Position = position;
        InputEncoding.Sniffed sniffed = InputEncoding.Sniff(stream);
        Assert.Equal(position, stream.Position);
        return sniffed;
    }

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            byte[] b => b,
            _ => throw new ArgumentException("a string or bytes", nameof(parts)),
        }).ToArray();

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void A_UTF8_file_with_a_BOM_is_UTF8_and_the_BOM_is_three_bytes()
    {
        InputEncoding.Sniffed sniffed = Sniff(Bytes(Bom, "id;start\nå;2024-01-01\n"));

        Assert.Same(InputEncoding.Utf8, sniffed.Encoding);
        Assert.Equal((';', false, 3, -1L), (sniffed.Separator, sniffed.IsEmpty, sniffed.BomLength, sniffed.LongSpaceRun));
    }

    [Fact]
    public void A_file_that_is_only_a_BOM_is_empty_UTF8()
    {
        InputEncoding.Sniffed sniffed = Sniff(Bom);

        Assert.Same(InputEncoding.Utf8, sniffed.Encoding);
        Assert.Equal((true, 3), (sniffed.IsEmpty, sniffed.BomLength));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBE, (byte)'a' })]
    public void Anything_short_of_the_three_BOM_bytes_is_no_BOM(byte[] bytes) => Assert.Equal(0, Sniff(bytes).BomLength);

    [Fact]
    public void The_BOM_is_looked_for_only_at_the_start() =>
        Assert.Equal(0, Sniff(Bytes("id,start\n", Bom, "x\n")).BomLength);

    [Fact]
    public void A_byte_that_is_not_UTF8_makes_the_file_Windows_1252()
    {
        InputEncoding.Sniffed sniffed = Sniff(Bytes("id,navn\n1,", new byte[] { 0xE6 }, "\n"));

        Assert.Same(InputEncoding.Windows1252, sniffed.Encoding);
        Assert.Equal(',', sniffed.Separator);
        Assert.Equal(1252, InputEncoding.Windows1252.CodePage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_character_split_by_a_chunks_edge_is_still_UTF8(int before)
    {
        // '€' is three bytes; the first 'before' of them end the first chunk.
        byte[] euro = Encoding.UTF8.GetBytes("€");
        byte[] bytes = Bytes(new string('a', Chunk - before), euro, "\n", "b€\n");

        Assert.Same(InputEncoding.Utf8, Sniff(bytes).Encoding);
    }

    [Fact]
    public void A_bad_byte_after_the_first_chunk_makes_the_file_Windows_1252()
    {
        byte[] bytes = Bytes("id;navn\n", new string('a', Chunk * 2), new byte[] { 0xF8 }, "\n");

        Assert.Same(InputEncoding.Windows1252, Sniff(bytes).Encoding);
    }

    [Fact]
    public void A_file_cut_inside_a_character_is_Windows_1252() =>
        Assert.Same(InputEncoding.Windows1252, Sniff(Bytes("id\n", new byte[] { 0xE2, 0x82 })).Encoding);

    [Theory]
    [InlineData("id;start,end\n", ';')]
    [InlineData("id\tstart,end\n", '\t')]
    [InlineData("id\tstart;end\n", ';')]
    [InlineData("id,start\n", ',')]
    [InlineData("id\n;\t\n", ',')]
    [InlineData("\r\n\n\r\nid;start\n", ';')]
    [InlineData("id;start", ';')]
    public void The_separator_is_semicolon_then_tab_then_comma_in_the_first_line_that_is_not_empty(string text, char separator) =>
        Assert.Equal(separator, Sniff(Encoding.UTF8.GetBytes(text)).Separator);

    [Theory]
    [InlineData("", true)]
    [InlineData("\n\r\n", true)]
    [InlineData(" \t \n \r\n\t", true)]
    [InlineData("\n\n x", false)]
    [InlineData("id\n", false)]
    [InlineData(";", false)]
    public void A_file_of_line_breaks_spaces_and_tabs_is_empty(string text, bool empty) =>
        Assert.Equal(empty, Sniff(Encoding.UTF8.GetBytes(text)).IsEmpty);

    [Fact]
    public void Content_after_a_blank_first_line_of_spaces_makes_the_file_not_empty() =>
        Assert.False(Sniff(Encoding.UTF8.GetBytes("   \n\n\nid\n")).IsEmpty);

    [Fact]
    public void A_quote_with_exactly_the_most_spaces_after_it_is_allowed()
    {
        byte[] bytes = Bytes("id\n\"a\"", new string(' ', InputEncoding.MaxSpacesAfterQuote), "\n");

        Assert.Equal(-1L, Sniff(bytes).LongSpaceRun);
    }

    [Fact]
    public void A_quote_with_one_space_more_is_found_at_the_quotes_offset()
    {
        byte[] bytes = Bytes("id\n\"a\"", new string(' ', InputEncoding.MaxSpacesAfterQuote + 1), "\n");

        Assert.Equal(5L, Sniff(bytes).LongSpaceRun);
    }

    [Fact]
    public void The_offset_counts_the_BOM_and_starts_at_the_streams_position()
    {
        byte[] bytes = Bytes(Bom, "id\n\"", new string(' ', 2000));

        Assert.Equal(6L, Sniff(bytes).LongSpaceRun);
        Assert.Equal(3L, Sniff(Bytes("xx", "id\n\"", new string(' ', 2000)), position: 2).LongSpaceRun);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(InputEncoding.MaxSpacesAfterQuote)]
    public void A_run_of_spaces_that_crosses_a_chunks_edge_is_counted_across_it(int spacesInFirstChunk)
    {
        // The quote ends the first chunk's text; the spaces go on into the next chunk.
        int quoteAt = Chunk - spacesInFirstChunk - 1;
        byte[] bytes = Bytes(new string('a', quoteAt), "\"", new string(' ', InputEncoding.MaxSpacesAfterQuote + 1), "x\n");

        Assert.Equal((long)quoteAt, Sniff(bytes).LongSpaceRun);
    }

    [Fact]
    public void A_short_run_across_a_chunks_edge_is_not_found_and_a_later_long_run_is()
    {
        int quoteAt = Chunk - 11;
        byte[] bytes = Bytes(
            new string('a', quoteAt), "\"", new string(' ', 20), "x\n",
            "\"", new string(' ', InputEncoding.MaxSpacesAfterQuote + 1), "\n");

        Assert.Equal((long)(quoteAt + 1 + 20 + 2), Sniff(bytes).LongSpaceRun);
    }

    [Fact]
    public void A_run_that_fills_a_whole_chunk_after_a_quote_is_counted_over_every_chunk()
    {
        int quoteAt = Chunk - 1;
        byte[] bytes = Bytes(new string('a', quoteAt), "\"", new string(' ', (2 * Chunk) + 5));

        Assert.Equal((long)quoteAt, Sniff(bytes).LongSpaceRun);
    }

    [Fact]
    public void Only_the_first_long_run_is_reported()
    {
        string run = new(' ', InputEncoding.MaxSpacesAfterQuote + 1);

        Assert.Equal(3L, Sniff(Bytes("id\n\"", run, "x\n\"", run, "\n")).LongSpaceRun);
    }

    [Fact]
    public void Spaces_after_something_other_than_a_quote_are_not_a_run() =>
        Assert.Equal(-1L, Sniff(Bytes("id\na", new string(' ', 5000), "\n")).LongSpaceRun);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(100, 3)]
    public void LineAt_counts_the_line_breaks_before_an_offset(long offset, int line)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("ab\nc\nd"));

        Assert.Equal(line, InputEncoding.LineAt(stream, offset));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void LineAt_reads_past_a_chunk_and_from_the_streams_position()
    {
        byte[] bytes = Bytes("x\n", new string('\n', Chunk + 10), "y");
        using var stream = new MemoryStream(bytes) { Position = 2 };

        Assert.Equal(Chunk + 11, InputEncoding.LineAt(stream, bytes.Length - 2));
        Assert.Equal(2, stream.Position);
    }
}
