using System.Text;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// Reads contract.json (SPEC §2) strictly: strict JSON (UTF-8, with or without BOM; no comments, no trailing commas,
/// no property name twice in one object), every required field present, no unknown field at any level, every value of
/// the right type and in range, known trigger and payment kinds, unique ids and payments that name defined triggers.
/// Every error names the field as a JSON path (<c>triggers[2].weeks</c>) with its line and column, for example
/// <c>contract.json:14:16: triggers[2].weeks: expected a whole number from 1 to 104 (window.weeks), found 0</c>.
/// </summary>
/// <remarks>
/// A top-level <c>"$schema"</c> string, which editors use, is allowed and ignored. Numbers are read exactly as
/// decimals; a whole number may be written with a zero fraction (<c>20.0</c>). The field-by-field rules are in
/// docs/contract-format.md.
/// </remarks>
public static class ContractJson
{
    /// <summary>The largest contract file read, in bytes: a contract is a few kilobytes, and reading keeps the place of every value.</summary>
    internal const int MaxBytes = 1 << 20;

    /// <summary>The deepest nesting of objects and arrays read; a contract needs 3 (the trigger objects in <c>triggers</c>).</summary>
    internal const int MaxDepth = 64;

    /// <summary>Reads a contract from <paramref name="stream"/>, collecting up to <see cref="ReadResult.MaxErrors"/> errors in file order.</summary>
    /// <param name="stream">The file's bytes; read to its end (a file larger than 1 MiB is an error, and reading stops there), not closed.</param>
    /// <param name="fileName">The file's name as the user gave it, for messages.</param>
    /// <returns>The contract, or the errors found.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<Contract> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);

        if (ReadAll(stream) is not { } bytes)
        {
            return ReadResult.Failure<Contract>(
                [new InputError(fileName, 0, 0, $"the file is larger than {MaxBytes / (1 << 20)} MiB ({MaxBytes} bytes), the most a contract may be; a contract is a few kilobytes of JSON: is this the right file?")]);
        }

        byte[] utf8 = WithoutBom(bytes);
        var lines = new JsonLineMap(utf8);
        if (FirstInvalidUtf8(utf8) is { } invalid)
        {
            JsonTextPosition at = lines.At(invalid);
            return ReadResult.Failure<Contract>(
                [new InputError(fileName, at.Line, at.Column, $"not valid UTF-8 (byte 0x{utf8[invalid]:X2}); save the file as UTF-8")]);
        }

        JsonPositions positions;
        JsonDocument document;
        try
        {
            positions = JsonPositions.Scan(utf8, lines);
            if (positions.Refusal is { } refusal)
            {
                return ReadResult.Failure<Contract>([new InputError(fileName, refusal.At.Line, refusal.At.Column, refusal.Message)]);
            }

            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return ReadResult.Failure<Contract>([JsonSyntaxError.From(fileName, e, lines)]);
        }

        using (document)
        {
            var errors = new JsonErrorSink(fileName, positions);
            foreach (var (path, at) in positions.Duplicates)
            {
                errors.At(at, path, "this field is given twice in one object; give it once");
            }

            Contract? contract = new ContractJsonParser(errors).Parse(document.RootElement);
            return contract is not null && errors.Count == 0
                ? ReadResult.Success(contract)
                : ReadResult.Failure<Contract>(errors.ToList());
        }
    }

    /// <summary>The stream's bytes, or null where there are more than <see cref="MaxBytes"/> (reading stops there).</summary>
    private static byte[]? ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static byte[] WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;

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
