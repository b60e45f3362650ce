using System.Globalization;
using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Reads and writes <c>hazards.csv</c> (docs/input-formats.md): <c>month,leave,return</c>, one row per month since the
/// start, months 1, 2, 3, … in order, probabilities from 0 to 1 (<c>.</c> or <c>,</c> as decimal separator). The last
/// month's values hold for every later month. Read in the dialect of the other inputs (SPEC §2).
/// </summary>
public static class HazardsCsv
{
    /// <summary>The header written.</summary>
    public const string Header = "month,leave,return";

    /// <summary>The most months a file may give: a hundred years.</summary>
    public const int MaxMonths = 1200;

    private static readonly CsvColumn Month = new("month", "month", "måned", "maaned");
    private static readonly CsvColumn Leave = new("leave", "leave");
    private static readonly CsvColumn Return = new("return", "return");
    private static readonly CsvColumn[] Required = [Month, Leave, Return];

    /// <summary>Reads the hazards, or every error found (up to <see cref="ReadResult.MaxErrors"/>), each with its line and column.</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    public static ReadResult<Hazards> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, [], identity: false);
        if (input is null)
        {
            return errors.Result(() => Hazards.Constant(0, 0));
        }

        var leave = new List<double>();
        var back = new List<double>();
        while (input.ReadRow())
        {
            int expected = leave.Count + 1;
            string month = input.Get(Month);
            if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m != expected)
            {
                input.Expected(Month, $"month {expected} (months since the start are 1, 2, 3, … in order)", month);
            }
            else if (m > MaxMonths)
            {
                input.Error(Month, $"at most {MaxMonths} months; the last month's values hold for every later month");
                break;
            }

            leave.Add(Probability(input, Leave));
            back.Add(Probability(input, Return));
        }

        if (leave.Count == 0 && errors.Count == 0)
        {
            errors.Add(input.HeaderLine, 0, "no months: give at least month 1 (its values hold for every later month)");
        }

        return errors.Result(() => new Hazards(leave, back));
    }

    /// <summary>Writes the hazards month by month, each probability in its shortest form that reads back as the same number.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="hazards">The hazards.</param>
    public static void Write(Stream stream, Hazards hazards)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(hazards);
        using CsvWriter csv = OutputCsv.Create(stream, Header);
        for (int m = 0; m < hazards.Months; m++)
        {
            csv.WriteField((m + 1).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Format(hazards.Leave[m]));
            csv.WriteField(Format(hazards.Return[m]));
            csv.EndRecord();
        }
    }

    /// <summary>
    /// A probability in its shortest form that reads back as the same double (<c>0.1</c>, <c>0.083333</c>, <c>1</c>),
    /// with plain digits where .NET would write an exponent (<c>0.00001</c>, not <c>1E-05</c>), as the reader expects.
    /// </summary>
    internal static string Format(double probability)
    {
        string shortest = probability.ToString("R", CultureInfo.InvariantCulture);
        return shortest.Contains('E', StringComparison.Ordinal)
            ? decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : shortest;
    }

    private static double Probability(CsvInput input, CsvColumn column)
    {
        string text = input.Get(column);
        if (!TextValues.TryParseDecimal(text, allowNegative: false, out decimal value) || value > 1m)
        {
            input.Expected(column, "a probability from 0 to 1, such as 0.05 or 0,05", text);
            return 0;
        }

        return (double)value;
    }
}
