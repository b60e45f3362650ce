using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

using static SocialInvestment.Io.JsonOutput;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>economics.json</c> (docs/output-formats.md): the investor's and the payer's views of a settled deal, with the
/// inputs' SHA-256 hashes. The same inputs give the same bytes.
/// </summary>
public static class EconomicsJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-economics/1";

    /// <summary>Writes <paramref name="economics"/>.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="economics">The economics.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    public static void Write(Stream stream, EconomicsResult economics, IEnumerable<InputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(economics);
        ArgumentNullException.ThrowIfNull(inputs);
        SettlementResult settlement = economics.Settlement;
        using var json = JsonOutput.Open(stream);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("contract", settlement.Contract.Name);
        json.WriteString("currency", settlement.Contract.Currency);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(settlement.AsOf));
        json.WriteNumber("payment_days", economics.PaymentDays);
        JsonOutput.WriteInputs(json, inputs);
        WriteInvestor(json, economics.Investor);
        WritePayer(json, economics.Payer);
        if (economics.Payers.Count > 0)
        {
            // Only where the contract declares payers (docs/calculation.md, "Several payers"), as summary.json.
            json.WriteStartArray("payers");
            foreach (PayerPayments payer in economics.Payers)
            {
                json.WriteStartObject();
                json.WriteString("id", payer.Payer.Id);
                WriteNumber(json, "share", payer.Payer.Share.Value.ToString("0.############################", CultureInfo.InvariantCulture));
                WriteMoney(json, "payments", payer.Payments);
                WriteRatio(json, "payments_share_of_saving", payer.PaymentsShareOfSaving);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A status as the outputs write it: <c>found</c>, <c>several_found</c>, <c>no_flows</c>, <c>one_sign</c>, <c>no_root</c>.</summary>
    internal static string StatusName(IrrStatus status) => status switch
    {
        IrrStatus.Found => "found",
        IrrStatus.SeveralFound => "several_found",
        IrrStatus.NoFlows => "no_flows",
        IrrStatus.OneSign => "one_sign",
        _ => "no_root",
    };

    /// <summary>A rate to ten decimals, rounded half away from zero, without trailing zeros.</summary>
    internal static string Rate(double rate) =>
        decimal.Round((decimal)rate, 10, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);

    private static void WriteInvestor(Utf8JsonWriter json, InvestorView investor)
    {
        json.WriteStartObject("investor");
        WriteMoney(json, "invested", investor.Invested);
        WriteMoney(json, "repaid", investor.Repaid);
        WriteMoney(json, "outcome_payments", investor.OutcomePayments);
        WriteMoney(json, "outcome_payments_after_as_of", investor.OutcomePaymentsAfterAsOf);
        WriteMoney(json, "returned", investor.Returned);
        WriteMoney(json, "net", investor.Net);
        WriteRatio(json, "money_multiple", investor.MoneyMultiple);
        if (investor.DiscountRate is { } rate)
        {
            WriteNumber(json, "discount_rate", Rate(rate));
            WriteMoney(json, "npv", investor.Npv!.Value);
        }
        else
        {
            json.WriteNull("discount_rate");
            json.WriteNull("npv");
        }

        IrrResult irr = investor.Irr;
        if (irr.Rate is { } found)
        {
            WriteNumber(json, "irr", Rate(found));
        }
        else
        {
            json.WriteNull("irr");
        }

        json.WriteString("irr_status", StatusName(irr.Status));
        json.WriteStartArray("irr_roots");
        foreach (double root in irr.Roots)
        {
            // A raw value in an array is not indented; a decimal read back from the text is written as that text.
            json.WriteNumberValue(decimal.Parse(Rate(root), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        json.WriteEndArray();
        json.WriteString("irr_note", irr.Explanation);
        json.WriteNumber("flows", investor.Flows.Count);
        json.WriteEndObject();
    }

    private static void WritePayer(Utf8JsonWriter json, PayerView payer)
    {
        json.WriteStartObject("payer");
        WriteMoney(json, "gross_saving", payer.GrossSaving);
        WriteMoney(json, "payments", payer.Payments);
        WriteMoney(json, "net_saving", payer.NetSaving);
        WriteRatio(json, "payments_share_of_saving", payer.PaymentsShareOfSaving);
        WriteMonth(json, "first_month_saving_exceeds_payments", payer.FirstMonthSavingExceedsPayments);
        if (payer.Municipality is { } municipality)
        {
            // Only where the contract has a municipal share (SPEC-DK DK5), as summary.json's municipal_saving.
            WriteMoney(json, "municipal_saving", municipality.MunicipalSaving);
            WriteMoney(json, "state_saving", municipality.StateSaving);
            WriteMoney(json, "municipal_net_saving", municipality.NetSaving);
            WriteRatio(json, "payments_share_of_municipal_saving", municipality.PaymentsShareOfSaving);
            WriteMonth(json, "first_month_municipal_saving_exceeds_payments", municipality.FirstMonthSavingExceedsPayments);
        }

        json.WriteStartArray("months");
        foreach (PayerMonth m in payer.Months)
        {
            json.WriteStartObject();
            json.WriteString("month", YearMonthPattern.Iso.Format(m.Month));
            WriteMoney(json, "saving", m.Saving);
            WriteMoney(json, "payments", m.Payments);
            WriteMoney(json, "cumulative_saving", m.CumulativeSaving);
            WriteMoney(json, "cumulative_payments", m.CumulativePayments);
            if (m.MunicipalSaving is { } municipal)
            {
                WriteMoney(json, "municipal_saving", municipal);
                WriteMoney(json, "state_saving", m.StateSaving!.Value);
                WriteMoney(json, "cumulative_municipal_saving", m.CumulativeMunicipalSaving!.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMonth(Utf8JsonWriter json, string name, NodaTime.YearMonth? value)
    {
        if (value is { } month)
        {
            json.WriteString(name, YearMonthPattern.Iso.Format(month));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteRatio(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } ratio)
        {
            WriteNumber(json, name, ratio.ToString("0.######", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
