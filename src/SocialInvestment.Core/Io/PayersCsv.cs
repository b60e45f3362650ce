using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes payers.csv (docs/output-formats.md): each settlement line split by the contract's payers (docs/calculation.md, "Several payers"), one row per line
/// and payer, in lines.csv order and payers in contract order; the same dialect as lines.csv. Written only where the
/// contract declares payers, so that the outputs of a one-payer contract stay those of SPEC v1.
/// </summary>
public static class PayersCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "participant_id,payment,period,date,payer,amount,payable,capped,paid_before,due";

    /// <summary>Writes the payer parts of <paramref name="result"/>'s lines to <paramref name="stream"/> (left open).</summary>
    /// <exception cref="ArgumentException">A payment, period or payer id would begin a spreadsheet formula.</exception>
    public static void Write(Stream stream, SettlementResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using CsvWriter csv = OutputCsv.Create(stream, Header);
        foreach (PayerLine part in PayerLine.Of(result))
        {
            csv.WriteField(part.Line.ParticipantId.Value);
            csv.WriteField(SpreadsheetText.Checked(part.Line.Payment, "the payment of a line"));
            csv.WriteField(SpreadsheetText.Checked(part.Line.Period, "the period of a line"));
            csv.WriteField(OutputCsv.Date(part.Line.Date));
            csv.WriteField(SpreadsheetText.Checked(part.Payer, "a payer id"));
            csv.WriteField(part.Amount.ToString());
            csv.WriteField(part.Payable.ToString());
            csv.WriteField(part.Capped.ToString());
            csv.WriteField(part.PaidBefore.ToString());
            csv.WriteField(part.Due.ToString());
            csv.EndRecord();
        }
    }
}
