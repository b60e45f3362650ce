namespace SocialInvestment.Io;

/// <summary>
/// Reads investments.csv (docs/input-formats.md): <c>date, amount</c>, one row per movement of the investor's money
/// outside the outcome payments. Above 0 the investor pays in; below 0 money is returned to the investor; 0 is an error.
/// </summary>
/// <remarks>
/// The dialect is that of the other inputs (separator, encoding, quoting, Danish header names <c>dato</c> and
/// <c>beløb</c>, decimal comma). Amounts have at most two decimals, from −1,000,000,000,000 to 1,000,000,000,000. Rows
/// may come in any order and several may share a date.
/// </remarks>
public static class InvestmentsCsv
{
    private static readonly CsvColumn[] Required = [CsvColumns.Date, CsvColumns.Amount];

    /// <summary>Reads the investments, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <returns>The rows in file order, or the errors.</returns>
    public static ReadResult<IReadOnlyList<Investment>> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        var rows = new List<Investment>();
        using CsvInput? input = CsvInput.Open(stream, errors, Required, [], identity: false);
        if (input is null)
        {
            return errors.Result<IReadOnlyList<Investment>>(() => rows.AsReadOnly());
        }

        while (input.ReadRow())
        {
            int before = errors.Count;
            input.TryRequiredDate(CsvColumns.Date, out NodaTime.LocalDate date);
            string text = input.Get(CsvColumns.Amount);
            if (!TextValues.TryParseDecimal(text, allowNegative: true, out decimal amount) || TextValues.DecimalsIn(text) > 2)
            {
                input.Expected(CsvColumns.Amount, "an amount with at most two decimals, such as 250000, -10000.50 or 1251,59", text);
            }
            else if (amount == 0m)
            {
                input.Expected(CsvColumns.Amount, "an amount above 0 (paid in by the investor) or below 0 (returned to the investor)", text);
            }
            else if (Math.Abs(amount) > LedgerCsv.MaxAmount)
            {
                input.Expected(CsvColumns.Amount, "an amount from -1000000000000 to 1000000000000", text);
            }

            if (errors.Count == before)
            {
                rows.Add(new Investment(date, Money.FromAmount(amount)));
            }
        }

        return errors.Result<IReadOnlyList<Investment>>(() => rows.AsReadOnly());
    }
}
