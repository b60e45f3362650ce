using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// FsCheck generators of <see cref="Mutation"/>s: mostly small changes (flipped, inserted, deleted bytes, tokens that
/// mean something to CSV or JSON, bad UTF-8, random Unicode), sometimes large ones (huge fields and lines, many rows, ten
/// thousand columns, long JSON arrays, deep nesting, another encoding, an empty file or only a header).
/// </summary>
internal static class Mutations
{
    /// <summary>Byte strings that mean something to a CSV or JSON reader, or to a decoder.</summary>
    private static readonly (string Label, byte[] Bytes)[] Tokens =
    [
        .. Texts(
            "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", " ", "\"\n\"", ";;;;", ",,,,", "\"a\"b", "a\"b",
            "{", "}", "[", "]", ":", "null", "true", "false", "{}", "[]", "\\", "\\u", "\"\\uD800\"", "\"\\uDC00x\"",
            "\"\\uD83D\\uDE00\"", "\"\\u0000\"", "1e400", "-1e-400", "1E+2", "-0", "20.0", "20.5", "0.0000000000000000000000000001",
            "79228162514264337593543950336", "-79228162514264337593543950336", "99999999999999999999", "//", "/*", "*/",
            "0101901234", "010190-1234", "\"0101901234\"", "2024-02-30", "29-02-2023", "31.12.9999", "0001-01-01", "9999-12-31",
            "-", "0", "0,5", "1,5", "-100.505", "ja", "nej", "P1", "kontanthjaelp", "su", "\"$schema\"", "\"name\"", "\"kind\"",
            "\"benefits\"", "\"triggers\"", "\"payments\"", "æøåÆØÅ", "\u0301", "\u200F", "\u202E", "\uFEFF", "\u2028", "\u00A0",
            "😀", "ﬁ", "İ", "\0"),
        ("lone lead byte", [0xC3]),
        ("lone continuation byte", [0x80]),
        ("Latin-1 æøå", [0xE6, 0xF8, 0xE5]),
        ("overlong NUL", [0xC0, 0x80]),
        ("UTF-8 surrogate", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("FF", [0xFF]),
        ("UTF-8 BOM", [0xEF, 0xBB, 0xBF]),
        ("UTF-16 LE BOM", [0xFF, 0xFE]),
        ("UTF-16 BE BOM", [0xFE, 0xFF]),
    ];

    /// <summary>One mutation.</summary>
    internal static Gen<Mutation> One { get; } = Gen.Frequency(
        (10, FlipBit()),
        (10, RandomBytes()),
        (20, Token()),
        (6, RandomUnicode()),
        (8, Delete()),
        (4, Truncate()),
        (2, Run()),
        (3, Repeat()),
        (1, ManyRows()),
        (2, ManyColumns()),
        (4, OpenQuote()),
        (2, Nest()),
        (2, ManyElements()),
        (1, Reencode()),
        (1, Replace()));

    /// <summary>One to four mutations, applied in order.</summary>
    internal static Gen<Mutation[]> Some { get; } =
        Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Choose(2, 3)), (1, Gen.Constant(4))).SelectMany(n => Gen.ArrayOf(One, n));

    private static Gen<int> At => Gen.Choose(0, int.MaxValue);

    private static (string, byte[])[] Texts(params string[] texts) => [.. texts.Select(t => (t, Encoding.UTF8.GetBytes(t)))];

    private static Gen<Mutation> FlipBit() =>
        from at in At
        from bit in Gen.Choose(0, 7)
        select (Mutation)new FlipBit(at, bit);

    private static Gen<Mutation> RandomBytes() =>
        from at in At
        from length in Gen.Choose(1, 8)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        from overwrite in Gen.Elements(false, true)
        select overwrite ? (Mutation)new Overwrite(at, bytes, "random") : new Insert(at, bytes, "random");

    private static Gen<Mutation> Token() =>
        from at in At
        from token in Gen.Elements(Tokens)
        from overwrite in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select overwrite ? (Mutation)new Overwrite(at, token.Bytes, token.Label) : new Insert(at, token.Bytes, token.Label);

    /// <summary>Random scalar values from every plane that matters: ASCII, Latin-1, the rest of the BMP, and beyond.</summary>
    private static Gen<Mutation> RandomUnicode()
    {
        Gen<int> scalar = Gen.Frequency(
            (3, Gen.Choose(0, 0x7F)),
            (3, Gen.Choose(0x80, 0xFF)),
            (3, Gen.Choose(0x100, 0xD7FF)),
            (1, Gen.Choose(0xE000, 0xFFFF)),
            (1, Gen.Choose(0x10000, 0x10FFFF)));
        return from at in At
               from length in Gen.Choose(1, 12)
               from scalars in Gen.ArrayOf(scalar, length)
               let text = string.Concat(scalars.Select(s => new Rune(s).ToString()))
               select (Mutation)new Insert(at, Encoding.UTF8.GetBytes(text), "random Unicode");
    }

    private static Gen<Mutation> Delete() =>
        from at in At
        from count in Gen.Frequency((4, Gen.Choose(1, 4)), (1, Gen.Choose(5, 200)))
        select (Mutation)new Delete(at, count);

    private static Gen<Mutation> Truncate() => At.Select(at => (Mutation)new Truncate(at));

    /// <summary>Runs around the limits: a long field, one just under and just over a 1 MiB record, a multi-megabyte line.</summary>
    private static Gen<Mutation> Run() =>
        from at in At
        from value in Gen.Elements((byte)'a', (byte)'7', (byte)' ', (byte)'"', (byte)';', (byte)',', (byte)'\n', (byte)'[', (byte)'{', (byte)0xC3, (byte)0xE6)
        from count in Gen.Frequency(
            (6, Gen.Choose(100, 70_000)),
            (2, Gen.Choose((1 << 20) - 100, (1 << 20) + 100)),
            (1, Gen.Choose(2 << 20, 3 << 20)))
        select (Mutation)new Run(at, value, count);

    private static Gen<Mutation> Repeat() =>
        from at in At
        from length in Gen.Choose(1, 200)
        from times in Gen.Frequency((4, Gen.Choose(2, 20)), (1, Gen.Choose(100, 5_000)))
        select (Mutation)new Repeat(at, length, times);

    private static Gen<Mutation> ManyRows() => Gen.Choose(10, 2_000).Select(times => (Mutation)new ManyRows(times));

    private static Gen<Mutation> ManyColumns() =>
        from line in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
        from columns in Gen.Frequency((2, Gen.Choose(1, 20)), (1, Gen.Constant(10_000)), (1, Gen.Choose(20_000, 60_000)))
        select (Mutation)new ManyColumns(line, columns);

    private static Gen<Mutation> OpenQuote() => At.Select(at => (Mutation)new OpenQuote(at));

    private static Gen<Mutation> Nest() =>
        from at in At
        from depth in Gen.Frequency((2, Gen.Choose(1, 70)), (1, Gen.Choose(60, 70)), (1, Gen.Choose(1_000, 100_000)))
        from close in Gen.Elements(true, false)
        select (Mutation)new Nest(at, depth, close);

    private static Gen<Mutation> ManyElements() =>
        from at in At
        from times in Gen.Frequency((3, Gen.Choose(2, 100)), (1, Gen.Choose(1_000, 100_000)))
        select (Mutation)new ManyElements(at, times);

    private static Gen<Mutation> Reencode() =>
        from name in Gen.Elements("utf-16le", "utf-16be", "utf-32le", "latin-1")
        from preamble in Gen.Elements(true, false)
        select (Mutation)new Reencode(name, preamble);

    private static Gen<Mutation> Replace() =>
        Gen.Elements("empty", "header only", "blank lines", "bom only").Select(what => (Mutation)new Replace(what));
}
