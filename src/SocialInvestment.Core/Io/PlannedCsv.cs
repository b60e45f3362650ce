using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Reads a planned cohort person by person (<c>sib simulate --planned</c>, docs/input-formats.md "planned.csv"): one row
/// per planned person with <c>start</c> (a month <c>yyyy-MM</c>, or a date) and <c>support_weeks_before</c> (c₀, SPEC-DK
/// DK5: a whole number ≥ 0); optional <c>monthly_cost</c> (DK4) and <c>municipality</c> (DK7). Read in the dialect of the
/// other inputs (SPEC §2), header names with their Danish aliases.
/// </summary>
public static class PlannedCsv
{
    private static readonly CsvColumn Start = new("start", "start", "startdato", "start_dato", "startmaaned", "start_maaned", "startmåned");
    private static readonly CsvColumn WeeksBefore = new("support_weeks_before", "support_weeks_before", "uger_paa_forsoergelse", "uger_på_forsørgelse");
    private static readonly CsvColumn[] Required = [Start, WeeksBefore];
    private static readonly CsvColumn[] Optional = [CsvColumns.MonthlyCost, CsvColumns.Municipality];

    /// <summary>Reads the planned persons, or every error found (up to <see cref="ReadResult.MaxErrors"/>), each with its line and column.</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="contract">
    /// The contract they are projected under, where known: without a <see cref="Contract.MonthlyCost"/>, a value in the
    /// <c>monthly_cost</c> column is an error (as in participants.csv). Null: not checked here.
    /// </param>
    public static ReadResult<IReadOnlyList<PlannedParticipant>> Read(Stream stream, string fileName, Contract? contract = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: false);
        var planned = new List<PlannedParticipant>();
        if (input is null)
        {
            return errors.Result<IReadOnlyList<PlannedParticipant>>(() => planned);
        }

        while (input.ReadRow())
        {
            int before = errors.Count;
            (YearMonth month, LocalDate? day) = ReadStart(input);
            string weeksText = input.Get(WeeksBefore);
            if (!int.TryParse(weeksText, NumberStyles.None, CultureInfo.InvariantCulture, out int weeks) || weeks > MunicipalShare.MaxWeeks)
            {
                input.Expected(WeeksBefore, string.Create(CultureInfo.InvariantCulture, $"a whole number of weeks from 0 to {MunicipalShare.MaxWeeks}, such as 0 or 26"), weeksText);
            }

            decimal? monthlyCost = ParticipantsCsv.OwnMonthlyCost(input, contract);

            string municipality = input.Get(CsvColumns.Municipality);
            if (errors.Count == before)
            {
                planned.Add(new PlannedParticipant(month, weeks, monthlyCost, municipality.Length == 0 ? null : municipality, day));
            }
        }

        if (planned.Count == 0 && errors.Count == 0)
        {
            errors.Add(input.HeaderLine, 0, "no planned participants: give one row per person");
        }

        return errors.Result<IReadOnlyList<PlannedParticipant>>(() => planned.AsReadOnly());
    }

    /// <summary>The start: a month (no day: spread over it), or a date in any of the date forms.</summary>
    private static (YearMonth Month, LocalDate? Day) ReadStart(CsvInput input)
    {
        string text = input.Get(Start);
        ParseResult<YearMonth> month = YearMonthPattern.Iso.Parse(text);
        if (month.Success)
        {
            return (month.Value, null);
        }

        if (TextValues.TryParseDate(text, out LocalDate date))
        {
            return (date.ToYearMonth(), date);
        }

        input.Expected(Start, "a month yyyy-MM (starts spread over it) or " + TextValues.DateForms, text);
        return (default, null);
    }
}
