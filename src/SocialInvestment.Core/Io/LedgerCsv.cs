namespace SocialInvestment.Io;

/// <summary>Reads a ledger of earlier payments (SPEC §8): <c>participant_id, payment, period, amount</c>.</summary>
/// <remarks>
/// Not filtered by the cohort: every key is kept. Ids are pseudonyms where the inputs held CPR numbers, so a ledger has
/// no <c>cpr</c> column. Amounts may be negative (a credit) and have at most two decimals; periods are <c>-</c> or
/// <c>yyyy-MM</c>.
/// </remarks>
public static class LedgerCsv
{
    /// <summary>
    /// The largest amount of a row, either sign: far beyond any payment, and small enough that rows with the same key
    /// add up without overflow.
    /// </summary>
    internal const decimal MaxAmount = 1_000_000_000_000m;

    private static readonly CsvColumn[] Required = [CsvColumns.ParticipantId, CsvColumns.Payment, CsvColumns.Period, CsvColumns.Amount];
    private static readonly CsvColumn[] Optional = [CsvColumns.Cpr];

    /// <summary>Reads the ledger, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <returns>The ledger, rows with the same key summed, or the errors.</returns>
    public static ReadResult<Ledger> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: false);
        if (input is null)
        {
            return errors.Result(() => Ledger.Empty);
        }

        if (input.Has(CsvColumns.Cpr))
        {
            errors.Add(input.HeaderLine, input.ColumnOf(CsvColumns.Cpr), "cpr: a ledger names participants by participant_id (the pseudonyms where the inputs held CPR numbers), never by CPR number; remove the cpr column");
            return errors.Result(() => Ledger.Empty);
        }

        var entries = new List<LedgerEntry>();
        while (input.ReadRow())
        {
            int before = errors.Count;
            RowIdentity.TryReadId(input, CsvColumns.ParticipantId, out ParticipantId id);
            string payment = input.Get(CsvColumns.Payment);
            if (!ParticipantId.IsValid(payment))
            {
                input.Expected(CsvColumns.Payment, IdRule.Expected(payment, "a payment id of 1-64 characters A-Z a-z 0-9 _ - ."), payment);
            }
            else if (IdRule.IsCpr(payment))
            {
                input.Error(CsvColumns.Payment, IdRule.LooksLikeCpr);
            }

            string period = input.Get(CsvColumns.Period);
            if (!IsPeriod(period))
            {
                input.Expected(CsvColumns.Period, "'-' or a month yyyy-MM", period);
            }

            string text = input.Get(CsvColumns.Amount);
            decimal amount = 0m;
            if (!TextValues.TryParseDecimal(text, allowNegative: true, out amount) || TextValues.DecimalsIn(text) > 2)
            {
                input.Expected(CsvColumns.Amount, "an amount with at most two decimals, such as 8000, -100.50 or 1251,59", text);
            }
            else if (Math.Abs(amount) > MaxAmount)
            {
                input.Expected(CsvColumns.Amount, "an amount from -1000000000000 to 1000000000000", text);
            }

            if (errors.Count == before)
            {
                entries.Add(new LedgerEntry(new LineKey(id, payment, period), Money.FromAmount(amount)));
            }
        }

        return errors.Result(() => new Ledger(entries));
    }

    private static bool IsPeriod(string period) =>
        period == LineKey.NoPeriod
        || (period.Length == 7 && period[4] == '-'
            && int.TryParse(period.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            && int.TryParse(period.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month)
            && month is >= 1 and <= 12);
}
