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

        using JsonInput? input = JsonInput.Open(stream, fileName, "a contract", 3, out InputError? refusal);
        return input is null ? ReadResult.Failure<Contract>([refusal!]) : ReadParsed(input, fileName);
    }

    /// <summary>Reads the contract of a file already read as JSON (<see cref="DesignTemplate"/> keeps the file's bytes and places too).</summary>
    internal static ReadResult<Contract> ReadParsed(JsonInput input, string fileName)
    {
        JsonErrorSink errors = input.ErrorSink(fileName);
        Contract? contract = new ContractJsonParser(errors).Parse(input.Document.RootElement);
        return contract is not null && errors.Count == 0
            ? ReadResult.Success(contract)
            : ReadResult.Failure<Contract>(errors.ToList());
    }
}
