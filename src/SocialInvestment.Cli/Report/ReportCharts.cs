using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SocialInvestment.Cli;

/// <summary>
/// The report's charts, drawn with ScottPlot as SVG (docs/report.md). Every label is formatted here in the invariant
/// culture; the SVG's element ids are renamed after the chart, so that several charts inline in one HTML file never share
/// an id and the same chart always has the same bytes.
/// </summary>
internal static partial class ReportCharts
{
    internal const int Width = 900;
    internal const int Height = 420;

    /// <summary>Payable by month of the lines' dates, one bar per month stacked by payment.</summary>
    internal static string PaymentsByMonth(PaymentsByMonth data, string currency, Language language)
    {
        var plot = NewPlot(
            language.Say("Payable by month of the line's date, by payment", "Til betaling pr. måned for linjens dato, efter betaling"),
            ReportBuilder.Unit(currency, language),
            language);
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        for (int m = 0; m < data.Months.Count; m++)
        {
            double bottom = 0;
            for (int p = 0; p < data.Payments.Count; p++)
            {
                double value = (double)data.Payable[m][p].Amount;
                if (value == 0)
                {
                    continue;
                }

                bars.Add(new Bar { Position = m, ValueBase = bottom, Value = bottom + value, FillColor = palette.GetColor(p), LineWidth = 0 });
                bottom += value;
            }
        }

        plot.Add.Bars(bars);
        for (int p = 0; p < data.Payments.Count; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Payments[p], FillColor = palette.GetColor(p) });
        }

        MonthTicks(plot, data.Months, language);
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, "payments-by-month");
    }

    /// <summary>
    /// The payer's cumulative gross saving against its cumulative payments, month by month; where the months have a
    /// municipal part (a contract with a municipal share), the municipality's cumulative saving as a third line.
    /// </summary>
    internal static string SavingAgainstPayments(IReadOnlyList<PayerMonth> months, string currency, Language language)
    {
        bool municipal = months.Count > 0 && months[0].CumulativeMunicipalSaving is not null;
        var plot = NewPlot(
            municipal
                ? language.Say("Cumulative gross and municipal saving against cumulative payments (month paid)", "Akkumuleret brutto- og kommunal besparelse mod betalinger (betalingsmåned)")
                : language.Say("Cumulative gross saving against cumulative payments (month paid)", "Akkumuleret bruttobesparelse mod akkumulerede betalinger (betalingsmåned)"),
            ReportBuilder.Unit(currency, language),
            language);
        double[] xs = [.. Enumerable.Range(0, months.Count).Select(i => (double)i)];
        var saving = plot.Add.Scatter(xs, [.. months.Select(m => (double)m.CumulativeSaving.Amount)]);
        saving.LegendText = language.Say("cumulative gross saving", "akkumuleret bruttobesparelse");
        saving.LineWidth = 2;
        saving.MarkerSize = 4;
        var payments = plot.Add.Scatter(xs, [.. months.Select(m => (double)m.CumulativePayments.Amount)]);
        payments.LegendText = language.Say("cumulative payments", "akkumulerede betalinger");
        payments.LineWidth = 2;
        payments.MarkerSize = 4;
        if (municipal)
        {
            var municipalSaving = plot.Add.Scatter(xs, [.. months.Select(m => (double)m.CumulativeMunicipalSaving!.Value.Amount)]);
            municipalSaving.LegendText = language.Say("cumulative municipal saving", "akkumuleret kommunal besparelse");
            municipalSaving.LineWidth = 2;
            municipalSaving.MarkerSize = 4;
        }

        MonthTicks(plot, [.. months.Select(m => m.Month)], language);
        return Finish(plot, "saving-against-payments");
    }

    /// <summary>
    /// A projection's 5th, 50th and 95th percentiles per month as three solid lines (the median thicker), one point per
    /// month; <paramref name="name"/> names the chart's ids, <paramref name="language"/> is the legend's.
    /// </summary>
    internal static string Bands(string title, string currency, IReadOnlyList<NodaTime.YearMonth> months, IReadOnlyList<PercentileBand> bands, string name, Language language)
    {
        var plot = NewPlot(title, ReportBuilder.Unit(currency, language), language);
        var palette = new ScottPlot.Palettes.Category10();
        double[] xs = [.. Enumerable.Range(0, months.Count).Select(i => (double)i)];
        (string Label, Func<PercentileBand, Money> Of, float Width, int Color)[] lines =
        [
            (language.Say("95th percentile", "95. percentil"), b => b.P95, 1.5f, 3),
            ("median", b => b.P50, 2.5f, 0),
            (language.Say("5th percentile", "5. percentil"), b => b.P5, 1.5f, 2),
        ];
        foreach (var (label, of, width, color) in lines)
        {
            var scatter = plot.Add.Scatter(xs, [.. bands.Select(b => (double)of(b).Amount)]);
            scatter.LegendText = label;
            scatter.LineWidth = width;
            scatter.MarkerSize = 3;
            scatter.Color = palette.GetColor(color);
        }

        MonthTicks(plot, months, language);
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, name);
    }

    /// <summary>Each trigger's share met with its Wilson interval, beside the comparison group's and the baseline rate.</summary>
    internal static string OutcomeRates(IReadOnlyList<TriggerEvidence> evidence, Language language)
    {
        var plot = NewPlot(
            language.Say("Share who met each trigger, with 95 % Wilson intervals", "Andel, der har opfyldt hver udløser, med 95 %-Wilson-intervaller"),
            ShareMet(language),
            language);
        var palette = new ScottPlot.Palettes.Category10();
        bool comparison = evidence.Any(e => e.AgainstComparison is not null);
        double width = comparison ? 0.35 : 0.6;
        var bars = new List<Bar>();
        for (int t = 0; t < evidence.Count; t++)
        {
            TriggerEvidence e = evidence[t];
            double x = comparison ? t - 0.2 : t;
            AddRate(plot, bars, x, width, e.Proportion, palette.GetColor(0));
            if (e.AgainstComparison is { } difference)
            {
                AddRate(plot, bars, t + 0.2, width, difference.Comparison, palette.GetColor(1));
            }

            if (e.AgainstBaseline is { } baseline)
            {
                var line = plot.Add.Line(t - 0.45, baseline.BaselineRate * 100, t + 0.45, baseline.BaselineRate * 100);
                line.LineColor = palette.GetColor(3);
                line.LineWidth = 3;
            }
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = language.Say("cohort", "kohorte"), FillColor = palette.GetColor(0) });
        if (comparison)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = language.Say("comparison group", "sammenligningsgruppe"), FillColor = palette.GetColor(1) });
        }

        if (evidence.Any(e => e.AgainstBaseline is not null))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = language.Say("baseline rate", "basisrate"), LineColor = palette.GetColor(3), LineWidth = 3 });
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual([.. evidence.Select((_, i) => (double)i)], [.. evidence.Select(e => e.TriggerId)]);
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.SetLimitsX(-0.6, evidence.Count - 0.4);
        return Finish(plot, "outcome-rates");
    }

    /// <summary>Kaplan–Meier curves: the estimated share who met each trigger by each day from the window start (1 − S(t)).</summary>
    internal static string TimeToOutcome(IReadOnlyList<TriggerEvidence> evidence, Language language)
    {
        var plot = NewPlot(
            language.Say("Time to each trigger (Kaplan–Meier): share met by day", "Tid til hver udløser (Kaplan–Meier): andel opfyldt pr. dag"),
            ShareMet(language),
            language);
        plot.XLabel(language.Say("days from the window start", "dage fra vinduets start"));
        foreach (TriggerEvidence e in evidence)
        {
            AddCurve(plot, e.TimeToOutcome, e.TriggerId);
            if (e.ComparisonTimeToOutcome is { } comparison)
            {
                AddCurve(plot, comparison, $"{e.TriggerId} ({language.Say("comparison group", "sammenligningsgruppe")})");
            }
        }

        plot.Axes.SetLimitsY(0, 105);
        return Finish(plot, "time-to-outcome");
    }

    /// <summary>
    /// A design's candidates: the payer's expected net saving (up) against the investor's median IRR in percent (across).
    /// The candidates that do not meet the conditions faint and small, those that do marked, the Pareto front joined in
    /// order of IRR, the recommended contract highlighted. Each list holds (IRR in percent, saving) points; the title,
    /// axes and legend are in <paramref name="language"/>.
    /// </summary>
    internal static string DesignFront(
        IReadOnlyList<(double Irr, double Saving)> others,
        IReadOnlyList<(double Irr, double Saving)> qualifying,
        IReadOnlyList<(double Irr, double Saving)> front,
        (double Irr, double Saving)? recommended,
        string currency,
        Language language)
    {
        var plot = NewPlot(
            language.Say("The payer's expected net saving against the investor's median IRR", "Betalerens forventede nettobesparelse mod investorens median-IRR"),
            language.Say($"expected net saving ({currency})", $"forventet nettobesparelse ({ReportBuilder.Unit(currency, language)})"),
            language);
        plot.XLabel(language.Say("investor's median IRR (%)", "investorens median-IRR (%)"));
        var palette = new ScottPlot.Palettes.Category10();
        AddPoints(plot, others, Colors.Gray.WithAlpha(0.6), 5, MarkerShape.FilledCircle, 0, language.Say("other candidates", "øvrige kandidater"));
        AddPoints(plot, qualifying, palette.GetColor(0), 6, MarkerShape.FilledCircle, 0, language.Say("meets the conditions", "opfylder betingelserne"));
        AddPoints(plot, [.. front.OrderBy(p => p.Irr).ThenByDescending(p => p.Saving)], palette.GetColor(1), 7, MarkerShape.FilledSquare, 2, language.Say("Pareto front", "Pareto-fronten"));
        if (recommended is { } r)
        {
            AddPoints(plot, [r], palette.GetColor(3), 14, MarkerShape.FilledDiamond, 0, language.Say("recommended", "anbefalet"));
        }

        return Finish(plot, "design-front");
    }

    /// <summary>Points as markers, joined by a line of <paramref name="lineWidth"/> (0: not joined); nothing where there are none.</summary>
    private static void AddPoints(Plot plot, IReadOnlyList<(double Irr, double Saving)> points, Color color, float size, MarkerShape shape, float lineWidth, string label)
    {
        if (points.Count == 0)
        {
            return;
        }

        double[] xs = [.. points.Select(p => p.Irr)];
        double[] ys = [.. points.Select(p => p.Saving)];
        var scatter = plot.Add.Scatter(xs, ys);
        scatter.Color = color;
        scatter.MarkerSize = size;
        scatter.MarkerShape = shape;
        scatter.LineWidth = lineWidth;
        scatter.LegendText = label;
    }

    /// <remarks>Lines are solid: Skia's SVG canvas cannot write a dash pattern, and says so on the console.</remarks>
    private static void AddCurve(Plot plot, KaplanMeierCurve curve, string label)
    {
        // From (0, 0) the curve steps at each day on which someone met the trigger or was censored.
        double[] xs = [0, .. curve.Steps.Select(s => (double)s.Days)];
        double[] ys = [0, .. curve.Steps.Select(s => s.ShareMet * 100)];
        var scatter = plot.Add.Scatter(xs, ys);
        scatter.ConnectStyle = ConnectStyle.StepHorizontal;
        scatter.MarkerSize = 0;
        scatter.LineWidth = 2;
        scatter.LegendText = label;
    }

    private static void AddRate(Plot plot, List<Bar> bars, double x, double width, Proportion proportion, Color color)
    {
        if (proportion.Share is not { } share || proportion.Interval is not { } interval)
        {
            return;
        }

        bars.Add(new Bar { Position = x, Value = share * 100, Size = width, FillColor = color.WithAlpha(0.75), LineWidth = 0 });
        var whisker = plot.Add.Line(x, interval.Lower * 100, x, interval.Upper * 100);
        whisker.LineColor = Colors.Black;
        whisker.LineWidth = 2;
        foreach (double y in new[] { interval.Lower, interval.Upper })
        {
            var cap = plot.Add.Line(x - (width / 4), y * 100, x + (width / 4), y * 100);
            cap.LineColor = Colors.Black;
            cap.LineWidth = 2;
        }
    }

    /// <summary>A plot with its title and y label, its axes' numbers in <paramref name="language"/>'s format.</summary>
    private static Plot NewPlot(string title, string yLabel, Language language)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = language.Format.Axis };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = language.Format.Axis };
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>The y label of a share met, in percent.</summary>
    private static string ShareMet(Language language) => language.Say("share met (%)", "andel opfyldt (%)");

    /// <summary>DejaVu Sans, which most Linux machines have; where a machine has not, Skia measures the text in its fallback font.</summary>
    private const string Font = "DejaVu Sans";

    /// <summary>
    /// Month labels under the bars, at most about 12 of them so that they do not overlap: <c>2025-09</c>, in Danish the
    /// month's name shortened to three letters and a point where it is longer than four (<c>sep. 2025</c>, <c>maj 2025</c>).
    /// </summary>
    private static void MonthTicks(Plot plot, IReadOnlyList<NodaTime.YearMonth> months, Language language)
    {
        int step = Math.Max(1, (months.Count + 11) / 12);
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < months.Count; i += step)
        {
            positions.Add(i);
            labels.Add(MonthTick(months[i], language ?? Language.English));
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual([.. positions], [.. labels]);
    }

    private static string MonthTick(NodaTime.YearMonth month, Language language)
    {
        string written = language.Format.Month(month);
        if (!language.IsDanish)
        {
            return written;
        }

        string name = written[..written.IndexOf(' ', StringComparison.Ordinal)];
        return FormattableString.Invariant($"{(name.Length <= 4 ? name : name[..3] + ".")} {month.Year}");
    }

    private static string Finish(Plot plot, string name)
    {
        string svg = plot.GetSvgXml(Width, Height);
        return RenameIds(svg, name);
    }

    /// <summary>
    /// Renames every <c>id</c> of the SVG (ScottPlot numbers its clip paths with a counter that runs on through the process)
    /// to <c>{name}-{n}</c> in order of appearance, with every reference to it, and drops the XML declaration so that the
    /// SVG can stand inline in HTML.
    /// </summary>
    internal static string RenameIds(string svg, string name)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            string id = match.Groups[1].Value;
            if (!names.ContainsKey(id))
            {
                names[id] = $"{name}-{names.Count + 1}";
            }
        }

        string renamed = IdAttribute().Replace(svg, m => $"id=\"{names[m.Groups[1].Value]}\"");
        renamed = Reference().Replace(renamed, m => names.TryGetValue(m.Groups[1].Value, out string? to) ? $"#{to}" : m.Value);
        renamed = XmlDeclaration().Replace(renamed, string.Empty);
        return renamed.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("#([A-Za-z_][A-Za-z0-9_.-]*)")]
    private static partial Regex Reference();

    [GeneratedRegex("^<\\?xml[^>]*\\?>\\s*")]
    private static partial Regex XmlDeclaration();
}
