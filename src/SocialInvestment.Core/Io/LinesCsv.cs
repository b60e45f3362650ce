using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>lines.csv</c> exactly as SPEC §10 says: RFC 4180 with <c>,</c>, <c>.</c> decimals, ISO dates, UTF-8 without
/// BOM, <c>\n</c> line ends, amounts with exactly two decimals, rows in the order given.
/// </summary>
public static class LinesCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "participant_id,payment,period,date,amount,payable,capped,paid_before,due";

    /// <summary>Writes the lines to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(Stream stream, IEnumerable<SettlementLine> lines)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        Preconditions.CheckNotNull(lines, nameof(lines));
        using CsvWriter csv = OutputCsv.Create(stream);
        foreach (string name in Header.Split(','))
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (SettlementLine line in lines)
        {
            csv.WriteField(line.ParticipantId.Value);
            csv.WriteField(line.Payment);
            csv.WriteField(line.Period);
            csv.WriteField(OutputCsv.Date(line.Date));
            csv.WriteField(line.Amount.ToString());
            csv.WriteField(line.Payable.ToString());
            csv.WriteField(line.Capped.ToString());
            csv.WriteField(line.PaidBefore.ToString());
            csv.WriteField(line.Due.ToString());
            csv.EndRecord();
        }
    }
}
