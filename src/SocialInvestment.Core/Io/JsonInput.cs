using System.Text;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// A JSON input file read up to the point where its meaning is checked, as contract.json and design.json are: at most
/// 1 MiB, UTF-8 with or without a BOM, strict JSON (no comments, no trailing commas), nested at most
/// <see cref="ContractJson.MaxDepth"/> levels, with the place of every value and the names given twice in one object.
/// Each refusal is one error, and reading stops there.
/// </summary>
internal sealed class JsonInput : IDisposable
{
    private JsonInput(byte[] bytes, int bomLength, JsonPositions positions, JsonDocument document)
    {
        Bytes = bytes;
        BomLength = bomLength;
        Positions = positions;
        Document = document;
    }

    /// <summary>The file's bytes as read, BOM included.</summary>
    internal byte[] Bytes { get; }

    /// <summary>3 where the file begins with a UTF-8 BOM, else 0: byte offsets in the JSON text count from here.</summary>
    internal int BomLength { get; }

    /// <summary>Where each name and value stands.</summary>
    internal JsonPositions Positions { get; }

    /// <summary>The parsed document; disposed with this.</summary>
    internal JsonDocument Document { get; }

    /// <summary>Reads <paramref name="stream"/>; null with the one error in <paramref name="error"/> where it is refused.</summary>
    /// <param name="stream">The file's bytes; read to its end (or to the size limit), not closed.</param>
    /// <param name="fileName">The file's name as the user gave it.</param>
    /// <param name="what">What the file holds, for the messages: "a contract".</param>
    /// <param name="depthNeeded">How many levels of nesting such a file needs, for the message on nesting too deep.</param>
    /// <param name="error">The error where the file is refused.</param>
    internal static JsonInput? Open(Stream stream, string fileName, string what, int depthNeeded, out InputError? error)
    {
        error = null;
        if (ReadAll(stream) is not { } bytes)
        {
            error = new InputError(fileName, 0, 0, $"the file is larger than {ContractJson.MaxBytes / (1 << 20)} MiB ({ContractJson.MaxBytes} bytes), the most {what} may be; {what} is a few kilobytes of JSON: is this the right file?");
            return null;
        }

        int bomLength = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        byte[] utf8 = bytes[bomLength..];
        var lines = new JsonLineMap(utf8);
        if (FirstInvalidUtf8(utf8) is { } invalid)
        {
            JsonTextPosition at = lines.At(invalid);
            error = new InputError(fileName, at.Line, at.Column, $"not valid UTF-8 (byte 0x{utf8[invalid]:X2}); save the file as UTF-8");
            return null;
        }

        try
        {
            JsonPositions positions = JsonPositions.Scan(utf8, lines, $"{what} needs {depthNeeded}");
            if (positions.Refusal is { } refusal)
            {
                error = new InputError(fileName, refusal.At.Line, refusal.At.Column, refusal.Message);
                return null;
            }

            JsonDocument document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = ContractJson.MaxDepth });
            return new JsonInput(bytes, bomLength, positions, document);
        }
        catch (JsonException e)
        {
            error = JsonSyntaxError.From(fileName, e, lines);
            return null;
        }
    }

    /// <summary>A sink for the errors of meaning in this file, holding already the names given twice in one object.</summary>
    /// <param name="fileName">The file's name as the user gave it.</param>
    internal JsonErrorSink ErrorSink(string fileName)
    {
        var errors = new JsonErrorSink(fileName, Positions);
        foreach (var (path, at) in Positions.Duplicates)
        {
            errors.At(at, path, "this field is given twice in one object; give it once");
        }

        return errors;
    }

    /// <inheritdoc/>
    public void Dispose() => Document.Dispose();

    /// <summary>The stream's bytes, or null where there are more than <see cref="ContractJson.MaxBytes"/> (reading stops there).</summary>
    private static byte[]? ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ContractJson.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static int? FirstInvalidUtf8(byte[] utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8.AsSpan(offset), out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }
}
