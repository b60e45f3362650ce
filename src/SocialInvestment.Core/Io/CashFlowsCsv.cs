using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes cashflows.csv (docs/output-formats.md): the investor's cash flows of <see cref="InvestorView.Flows"/>, one row
/// per date and kind, with the running sum; the same dialect as lines.csv.
/// </summary>
public static class CashFlowsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "date,kind,amount,cumulative";

    /// <summary>Writes the flows of <paramref name="investor"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, InvestorView investor)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(investor);
        using CsvWriter csv = OutputCsv.Create(stream, Header);
        Money cumulative = Money.Zero;
        foreach (CashFlow flow in investor.Flows)
        {
            cumulative += flow.Amount;
            csv.WriteField(OutputCsv.Date(flow.Date));
            csv.WriteField(KindName(flow.Kind));
            csv.WriteField(flow.Amount.ToString());
            csv.WriteField(cumulative.ToString());
            csv.EndRecord();
        }
    }

    /// <summary>A kind as the outputs write it: <c>investment</c>, <c>repayment</c>, <c>outcome_payment</c>.</summary>
    internal static string KindName(CashFlowKind kind) => kind switch
    {
        CashFlowKind.Investment => "investment",
        CashFlowKind.Repayment => "repayment",
        _ => "outcome_payment",
    };
}
