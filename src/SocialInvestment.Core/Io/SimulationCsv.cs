using CsvHelper;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>simulation.csv</c> (docs/output-formats.md): one row per calendar month (<c>yyyy-MM</c>) with the 5th, 50th
/// and 95th percentiles of the payments and of the gross saving over the runs, then one row per calendar year
/// (<c>yyyy</c>) with the percentiles of the runs' sums over its months, then a <c>total</c> row with the percentiles of the
/// runs' totals. Same dialect as lines.csv; amounts with exactly two decimals. Where the contract has a
/// <c>municipal_share</c>, each row goes on with the bands of the municipal and of the state saving (<see cref="MunicipalColumns"/>).
/// </summary>
public static class SimulationCsv
{
    /// <summary>The header written.</summary>
    public const string Header = "period,payments_p5,payments_p50,payments_p95,savings_p5,savings_p50,savings_p95";

    /// <summary>The columns that follow <see cref="Header"/> where the contract has a <c>municipal_share</c> (SPEC-DK DK5).</summary>
    public const string MunicipalColumns = "municipal_savings_p5,municipal_savings_p50,municipal_savings_p95,state_savings_p5,state_savings_p50,state_savings_p95";

    /// <summary>The <c>period</c> of the last row, which holds the bands of the runs' totals.</summary>
    public const string TotalRow = "total";

    /// <summary>Writes the projection's bands.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The projection.</param>
    public static void Write(Stream stream, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using CsvWriter csv = OutputCsv.Create(stream, result.TotalMunicipalSavings is null ? Header : Header + "," + MunicipalColumns);
        foreach (SimulationMonth month in result.Months)
        {
            Row(csv, YearMonthPattern.Iso.Format(month.Month), month.Payments, month.Savings, month.MunicipalSavings, month.StateSavings);
        }

        foreach (SimulationYear year in result.Years)
        {
            Row(csv, year.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), year.Payments, year.Savings, year.MunicipalSavings, year.StateSavings);
        }

        Row(csv, TotalRow, result.TotalPayments, result.TotalSavings, result.TotalMunicipalSavings, result.TotalStateSavings);
    }

    private static void Row(CsvWriter csv, string period, PercentileBand payments, PercentileBand savings, PercentileBand? municipal, PercentileBand? state)
    {
        csv.WriteField(period);
        PercentileBand[] bands = municipal is null || state is null ? [payments, savings] : [payments, savings, municipal, state];
        foreach (PercentileBand band in bands)
        {
            csv.WriteField(band.P5.ToString());
            csv.WriteField(band.P50.ToString());
            csv.WriteField(band.P95.ToString());
        }

        csv.EndRecord();
    }
}
