using System.Globalization;
using System.Text;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// One change to an input file's bytes. <see cref="Apply"/> is deterministic and each mutation prints all it needs, so
/// a failing case is replayed from its description alone. Positions are taken modulo the input's length, so any
/// mutation applies to any input.
/// </summary>
internal abstract record Mutation
{
    /// <summary>The most bytes a mutation makes: enough for inputs past every limit, small enough for many cases.</summary>
    internal const int MaxOutput = 4 << 20;

    /// <summary>The mutated bytes; <paramref name="input"/> is not changed.</summary>
    internal abstract byte[] Apply(byte[] input);

    /// <summary>A position from 0 to <paramref name="length"/> inclusive.</summary>
    protected static int Position(int at, int length) => (int)((uint)at % (uint)(length + 1));

    protected static byte[] Splice(byte[] input, int at, int remove, ReadOnlySpan<byte> insert)
    {
        var output = new byte[input.Length - remove + insert.Length];
        input.AsSpan(0, at).CopyTo(output);
        insert.CopyTo(output.AsSpan(at));
        input.AsSpan(at + remove).CopyTo(output.AsSpan(at + insert.Length));
        return output;
    }

    /// <summary>A label with control characters written as <c>\uXXXX</c>, so that a case prints on one line.</summary>
    protected static string Printable(string label) =>
        string.Concat(label.Select(c => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString()));

    protected static string Hex(byte[] bytes) =>
        bytes.Length <= 32 ? Convert.ToHexString(bytes) : Convert.ToHexString(bytes, 0, 32) + string.Create(CultureInfo.InvariantCulture, $"…({bytes.Length} bytes)");
}

/// <summary>Flips one bit.</summary>
internal sealed record FlipBit(int At, int Bit) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        byte[] output = [.. input];
        output[(int)((uint)At % (uint)input.Length)] ^= (byte)(1 << (Bit & 7));
        return output;
    }
}

/// <summary>Inserts bytes: random ones, a token that means something to CSV or JSON, bad UTF-8, or random Unicode.</summary>
internal sealed record Insert(int At, byte[] Bytes, string Label) : Mutation
{
    internal override byte[] Apply(byte[] input) => Splice(input, Position(At, input.Length), 0, Bytes);

    public override string ToString() => $"Insert {{ At = {At}, Bytes = {Hex(Bytes)}, Label = {Printable(Label)} }}";
}

/// <summary>Overwrites bytes with others of the same length.</summary>
internal sealed record Overwrite(int At, byte[] Bytes, string Label) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int at = Position(At, input.Length);
        return Splice(input, at, Math.Min(Bytes.Length, input.Length - at), Bytes);
    }

    public override string ToString() => $"Overwrite {{ At = {At}, Bytes = {Hex(Bytes)}, Label = {Printable(Label)} }}";
}

/// <summary>Deletes up to <see cref="Count"/> bytes.</summary>
internal sealed record Delete(int At, int Count) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int at = Position(At, input.Length);
        return Splice(input, at, Math.Min(Count, input.Length - at), []);
    }
}

/// <summary>Cuts the file off, possibly inside a character, a quoted field or a JSON string.</summary>
internal sealed record Truncate(int At) : Mutation
{
    internal override byte[] Apply(byte[] input) => input[..Position(At, input.Length)];
}

/// <summary>Inserts <see cref="Count"/> copies of one byte: a huge field, or with no line break in it a huge line.</summary>
internal sealed record Run(int At, byte Value, int Count) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        var run = new byte[Math.Min(Count, MaxOutput)];
        run.AsSpan().Fill(Value);
        return Splice(input, Position(At, input.Length), 0, run);
    }
}

/// <summary>Repeats a stretch of the file <see cref="Times"/> times: many rows, many fields, many JSON elements.</summary>
internal sealed record Repeat(int At, int Length, int Times) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int at = Position(At, input.Length);
        int length = Math.Min(Length, input.Length - at);
        if (length == 0)
        {
            return input;
        }

        int times = Math.Min(Times, MaxOutput / length);
        var copies = new byte[length * times];
        for (int i = 0; i < times; i++)
        {
            input.AsSpan(at, length).CopyTo(copies.AsSpan(i * length));
        }

        return Splice(input, at, 0, copies);
    }
}

/// <summary>Repeats every line after the first <see cref="Times"/> times: a file of many rows.</summary>
internal sealed record ManyRows(int Times) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int firstBreak = Array.IndexOf(input, (byte)'\n');
        if (firstBreak < 0 || firstBreak == input.Length - 1)
        {
            return input;
        }

        int rest = input.Length - firstBreak - 1;
        int times = Math.Min(Times, MaxOutput / rest);
        var output = new byte[firstBreak + 1 + (rest * times)];
        input.AsSpan(0, firstBreak + 1).CopyTo(output);
        for (int i = 0; i < times; i++)
        {
            input.AsSpan(firstBreak + 1).CopyTo(output.AsSpan(firstBreak + 1 + (i * rest)));
        }

        return output;
    }
}

/// <summary>Adds <see cref="Columns"/> fields to the end of line <see cref="Line"/> (0: the header), with the first line's separator.</summary>
internal sealed record ManyColumns(int Line, int Columns) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        byte separator = SeparatorOf(input);
        int start = 0;
        for (int line = 0; line < Line; line++)
        {
            int next = Array.IndexOf(input, (byte)'\n', start);
            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }

        int end = Array.IndexOf(input, (byte)'\n', start);
        if (end < 0)
        {
            end = input.Length;
        }
        else if (end > start && input[end - 1] == (byte)'\r')
        {
            end--;
        }

        var fields = new StringBuilder();
        for (int i = 0; i < Columns; i++)
        {
            fields.Append((char)separator).Append('c').Append(i.ToString(CultureInfo.InvariantCulture));
        }

        return Splice(input, end, 0, Encoding.ASCII.GetBytes(fields.ToString()));
    }

    private static byte SeparatorOf(byte[] input)
    {
        int end = Array.IndexOf(input, (byte)'\n');
        ReadOnlySpan<byte> header = input.AsSpan(0, end < 0 ? input.Length : end);
        return header.Contains((byte)';') ? (byte)';' : header.Contains((byte)'\t') ? (byte)'\t' : (byte)',';
    }
}

/// <summary>Inserts a quote at the start of the field at or after <see cref="At"/>, often one never closed.</summary>
internal sealed record OpenQuote(int At) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int at = Position(At, input.Length);
        while (at < input.Length && input[at] is not ((byte)';' or (byte)',' or (byte)'\t' or (byte)'\n'))
        {
            at++;
        }

        return Splice(input, Math.Min(at + 1, input.Length), 0, "\""u8);
    }
}

/// <summary>Inserts arrays nested <see cref="Depth"/> deep after the JSON colon at or after <see cref="At"/>.</summary>
internal sealed record Nest(int At, int Depth, bool Close) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int at = Position(At, input.Length);
        int colon = Array.IndexOf(input, (byte)':', at);
        at = colon < 0 ? at : colon + 1;
        var nested = new byte[Depth * (Close ? 2 : 1)];
        nested.AsSpan(0, Depth).Fill((byte)'[');
        nested.AsSpan(Depth).Fill((byte)']');
        return Splice(input, at, 0, nested);
    }
}

/// <summary>Reads the file as UTF-8 and writes it in another encoding (UTF-16, UTF-32, Latin-1), with or without a BOM.</summary>
internal sealed record Reencode(string EncodingName, bool Preamble) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        Encoding encoding = EncodingName switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            "latin-1" => Encoding.Latin1,
            _ => throw new InvalidOperationException(EncodingName),
        };
        byte[] body = encoding.GetBytes(text);
        return Preamble ? [.. encoding.GetPreamble(), .. body] : body;
    }
}

/// <summary>Replaces the whole file: empty, only the header line, only blank lines, only a BOM.</summary>
internal sealed record Replace(string What) : Mutation
{
    internal override byte[] Apply(byte[] input) => What switch
    {
        "empty" => [],
        "header only" => HeaderOnly(input),
        "blank lines" => "\r\n \n\t\n\n"u8.ToArray(),
        "bom only" => [0xEF, 0xBB, 0xBF],
        _ => throw new InvalidOperationException(What),
    };

    private static byte[] HeaderOnly(byte[] input)
    {
        int end = Array.IndexOf(input, (byte)'\n');
        return end < 0 ? input : input[..(end + 1)];
    }
}

/// <summary>Repeats the first element of the JSON array at or after <see cref="At"/> <see cref="Times"/> times: a long array that stays valid JSON.</summary>
internal sealed record ManyElements(int At, int Times) : Mutation
{
    internal override byte[] Apply(byte[] input)
    {
        int open = Array.IndexOf(input, (byte)'[', Position(At, input.Length));
        if (open < 0)
        {
            return input;
        }

        int end = ElementEnd(input, open + 1);
        if (end <= open + 1)
        {
            return input;
        }

        byte[] element = [(byte)',', .. input.AsSpan(open + 1, end - open - 1)];
        int times = Math.Min(Times, MaxOutput / element.Length);
        var copies = new byte[element.Length * times];
        for (int i = 0; i < times; i++)
        {
            element.CopyTo(copies.AsSpan(i * element.Length));
        }

        return Splice(input, end, 0, copies);
    }

    /// <summary>Where the element starting at <paramref name="start"/> ends: the first <c>,</c> or <c>]</c> outside brackets and strings.</summary>
    private static int ElementEnd(byte[] input, int start)
    {
        int depth = 0;
        bool inString = false;
        for (int i = start; i < input.Length; i++)
        {
            byte b = input[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'[' or (byte)'{')
            {
                depth++;
            }
            else if (depth > 0 && b is (byte)']' or (byte)'}')
            {
                depth--;
            }
            else if (depth == 0 && b is (byte)',' or (byte)']')
            {
                return i;
            }
        }

        return -1;
    }
}
