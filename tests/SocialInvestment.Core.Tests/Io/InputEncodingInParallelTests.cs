using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A large file is sniffed in ranges on several cores; the encoding, separator, BOM and the first long run of spaces
/// after a quote must be what the sequential sniff finds, wherever the ranges and reads cut a character or a run.
/// </summary>
public sealed class InputEncodingInParallelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sib-sniff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 300)]
    public Property Sniffing_in_ranges_finds_what_sniffing_in_one_go_finds() =>
        Prop.ForAll(Files().ToArbitrary(), file =>
        {
            using var oneGo = new MemoryStream(file.Bytes) { Position = file.Position };
            InputEncoding.Sniffed expected = InputEncoding.Sniff(oneGo);

            string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
            File.WriteAllBytes(path, file.Bytes);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read) { Position = file.Position };
            InputEncoding.Sniffed inRanges = InputEncoding.Sniff(stream, file.Ranges, cores: 2, file.Chunk);

            Assert.Equal(file.Position, stream.Position);
            Assert.Equal(expected, inRanges);
        });

    private static Gen<SniffFile> Files() =>
        from bom in Gen.Elements(false, false, true)
        from blank in Gen.Elements(string.Empty, "\r\n", "\n  \n")
        from header in Gen.Elements("deltager_id;ydelse;fra", "participant_id,benefit,from", "a\tb", "gennemført;x")
        from parts in Gen.ListOf(Part())
        from prefix in Gen.Choose(0, 3)
        from ranges in Gen.Choose(1, 9)
        from chunk in Gen.Elements(1100, 2000, 4096)
        let body = Bytes(blank + header + "\r\n").Concat(parts.SelectMany(p => p))
        let bytes = Enumerable.Repeat((byte)'#', prefix).Concat(bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(body).ToArray()
        select new SniffFile(bytes, prefix, ranges, chunk);

    private static Gen<byte[]> Part() =>
        Gen.Frequency(
            (20, Gen.Elements("p1;su;2024-01-01\r\n", "x,y\n", "æble;€;😀\n", "  ;;\n", "plain text ").Select(Bytes)),
            (4, Gen.Choose(1000, 3000).Select(n => Bytes(new string('z', n)))),
            (2, Gen.Elements<byte[]>([0xF8], [0x80], [0xC3], [0xE2, 0x82], [0xC3, 0xB8], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80])),
            (3, Gen.Choose(1020, 1030).Select(n => Bytes("\"" + new string(' ', n) + "x"))),
            (1, Gen.Constant(Bytes("\"" + new string(' ', 2500)))));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A file's bytes, the position it is sniffed from, in how many ranges, and how many bytes a range reads at a time.</summary>
    public sealed record SniffFile(byte[] Bytes, int Position, int Ranges, int Chunk)
    {
        public override string ToString() => $"from {Position}, {Ranges} ranges, reads of {Chunk}: {Convert.ToHexString(Bytes)}";
    }
}
