using System.Net;
using System.Text.RegularExpressions;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>
/// Every text of the report has a Danish form: for every sample (which together have every kind of trigger and payment,
/// caps, gates, payers, municipalities, a comparison group and the investor's view), the Danish report holds none of the
/// English words the English report is written in, and each of its headings, paragraphs, list items, table headers,
/// cells and captions differs from the English one unless it holds only numbers and names from the inputs.
/// </summary>
public sealed partial class DanishReportWordsTests
{
    /// <summary>
    /// Words spelled the same in English and Danish that the Danish report uses in their Danish sense: <c>for hver
    /// deltager</c>, <c>over for</c>, <c>efter at</c>, <c>højere end</c>, <c>to andele</c>, <c>vinduets start</c>, <c>median</c>,
    /// <c>interval</c>, <c>investor</c>, <c>person</c>, <c>investeringer, negative</c>, and the statistics' <c>p</c> and <c>z</c>.
    /// </summary>
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal)
    {
        "for", "over", "at", "end", "to", "start", "median", "interval", "investor", "person", "negative", "p", "z",
    };

    private static readonly Lazy<IReadOnlyList<Rendered>> Reports = new(() => [.. Cases().Select(Render)]);

    [Fact]
    public void The_samples_have_every_kind_of_trigger_and_payment()
    {
        Type[] kinds = [.. typeof(Trigger).Assembly.GetTypes().Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Trigger)) || t.IsSubclassOf(typeof(Payment))))];
        HashSet<Type> used = [.. Reports.Value.SelectMany(r => r.Contract.Triggers.Select(t => t.GetType()).Concat(r.Contract.Payments.Select(p => p.GetType())))];

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Contains(kind, used));
        Assert.Contains(Reports.Value, r => r.Contract.Payers.Count > 0);
        Assert.Contains(Reports.Value, r => r.Contract.Caps.Total is not null || r.Contract.Caps.PerParticipant is not null);
        Assert.Contains(Reports.Value, r => r.Contract.Payments.Any(p => p.CohortGate is not null));
        Assert.Contains(Reports.Value, r => r.English.Blocks.OfType<TableBlock>().Any(t => t.Id == "municipalities"));
        Assert.Contains(Reports.Value, r => r.English.Blocks.OfType<TableBlock>().Any(t => t.Id == "investor"));
        Assert.Contains(Reports.Value, r => r.English.Blocks.OfType<TableBlock>().Any(t => t.Id == "comparison"));
    }

    [Fact]
    public void The_danish_report_holds_none_of_the_english_reports_words()
    {
        // The English words: every word of every English report (its Markdown and its charts' texts), less the names
        // echoed from the inputs and the technical names that stay as they are.
        HashSet<string> english = new(StringComparer.Ordinal);
        foreach (Rendered report in Reports.Value)
        {
            english.UnionWith(Words(report.EnglishText, report.Echoes));
        }

        english.ExceptWith(SameInBoth);
        Assert.Contains("payable", english);
        Assert.Contains("cumulative", english);

        Assert.All(Reports.Value, report =>
        {
            string[] left = [.. Words(report.DanishText, report.Echoes).Where(english.Contains).Distinct(StringComparer.Ordinal)];
            Assert.True(left.Length == 0, $"{report.Name}: English left in the Danish report: {string.Join(", ", left)}");
        });
    }

    [Fact]
    public void Every_text_of_the_danish_report_differs_from_the_english_unless_it_is_only_numbers_and_names()
    {
        Assert.All(Reports.Value, report =>
        {
            ReportDocument en = report.English;
            ReportDocument da = report.Danish;
            var problems = new List<string>();
            void Check(string where, string english, string danish)
            {
                if (english == danish && !OnlyNumbersAndNames(english, report.Echoes))
                {
                    problems.Add($"{where}: '{english}'");
                }
            }

            Check("title", en.Title, da.Title);
            Assert.Equal(en.Blocks.Count, da.Blocks.Count);
            for (int b = 0; b < en.Blocks.Count; b++)
            {
                switch ((en.Blocks[b], da.Blocks[b]))
                {
                    case (HeadingBlock e, HeadingBlock d):
                        Check("heading", e.Text, d.Text);
                        break;
                    case (ParagraphBlock e, ParagraphBlock d):
                        Check("paragraph", e.Text, d.Text);
                        break;
                    case (ListBlock e, ListBlock d):
                        Assert.Equal(e.Items.Count, d.Items.Count);
                        for (int i = 0; i < e.Items.Count; i++)
                        {
                            Check("list item", e.Items[i], d.Items[i]);
                        }

                        break;
                    case (TableBlock e, TableBlock d):
                        Assert.Equal(e.Id, d.Id);
                        Assert.Equal(e.Headers.Count, d.Headers.Count);
                        for (int i = 0; i < e.Headers.Count; i++)
                        {
                            Check($"{e.Id} header", e.Headers[i], d.Headers[i]);
                        }

                        Assert.Equal(e.Rows.Count, d.Rows.Count);
                        for (int r = 0; r < e.Rows.Count; r++)
                        {
                            for (int c = 0; c < e.Rows[r].Count; c++)
                            {
                                Check($"{e.Id} cell", e.Rows[r][c], d.Rows[r][c]);
                            }
                        }

                        break;
                    case (ChartBlock e, ChartBlock d):
                        Check("caption", e.Caption, d.Caption);
                        break;
                    default:
                        problems.Add($"block {b}: {en.Blocks[b].GetType().Name} against {da.Blocks[b].GetType().Name}");
                        break;
                }
            }

            Assert.True(problems.Count == 0, $"{report.Name}: the same in both languages: {string.Join("; ", problems)}");
        });
    }

    [Fact]
    public void The_english_report_is_the_default()
    {
        Rendered report = Reports.Value.First(r => r.Name == "economics");
        Assert.Equal("en", report.English.Language.Code);
        Assert.Equal("da", report.Danish.Language.Code);
        Assert.Equal(MarkdownReport.Render(report.English), MarkdownReport.Render(ReportBuilder.Build(report.Inputs, Language.English)));
    }

    /// <summary>
    /// The options no sample has (a window from the programme's end, an indexed price, every payment cap, a monthly delivery
    /// fee, a gate against a baseline rate that must be higher, a price per week of at most one week, an employment trigger
    /// of one month): the contract in words says each of them in Danish, with none of the English words the English says.
    /// </summary>
    [Fact]
    public void The_contract_in_words_says_every_option_in_danish()
    {
        const string json = """
            {
              "name": "every option", "currency": "EUR", "programme_weeks": 26,
              "benefits": { "kontanthjaelp": "support", "774": { "class": "support", "degree": 0.5 }, "su": "education" },
              "unknown_benefits": "ignore",
              "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
              "window": { "from": "end", "weeks": 104 },
              "triggers": [
                { "id": "enrolled", "kind": "enrolment" },
                { "id": "completed", "kind": "completion", "after": "enrolled", "baseline_rate": 0.4 },
                { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full", "exclude_education": true },
                { "id": "self26", "kind": "count", "weeks": 26, "level": "full_or_partial" },
                { "id": "edu1", "kind": "education", "weeks": 1 },
                { "id": "edu4", "kind": "education", "weeks": 4 },
                { "id": "job", "kind": "event", "outcome": "job_start" },
                { "id": "grad1", "kind": "employment", "months": 1, "min_rate": 1 },
                { "id": "grad6", "kind": "employment", "months": 6, "min_rate": 0.25 }
              ],
              "payments": [
                { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 1000, "indexation": { "base_year": 2026, "annual_indexation": 0.02 },
                  "cap": { "count": 100, "amount": 50000, "participant_share": 0.6 } },
                { "id": "tiered", "kind": "fixed", "trigger": "job13", "tiers": [ { "up_to": 1, "amount": 900 }, { "up_to": 22, "amount": 800 }, { "amount": 700 } ] },
                { "id": "timed", "kind": "fixed", "trigger": "job13", "prices": [ { "until_months": 6, "amount": 900 }, { "amount": 500 } ] },
                { "id": "shared", "kind": "share_of_savings", "gate": "job13", "share": 0.5, "deadweight": 0.1,
                  "cohort_gate": { "trigger": "job13", "direction": "higher", "baseline_rate": 0.3, "margin": 0.1, "evaluation_dates": { "2026-1": "2027-12-31" } } },
                { "id": "monthly", "kind": "delivery_fee", "from": "2026-01", "months": 12, "monthly_amount": 2000 },
                { "id": "value", "kind": "delivery_fee", "from": "2026-01", "months": 24, "contract_value": 600000, "share": 0.3 },
                { "id": "weekly", "kind": "per_week", "amount": 150, "level": "full", "exclude_education": true, "max_weeks": 1 },
                { "id": "weekly2", "kind": "per_week", "amount": 150, "level": "full_or_partial", "or_education": true, "gate": "enrolled", "max_weeks": 104 }
              ],
              "payers": [ { "id": "council", "share": 0.8 }, { "id": "fund", "share": 0.2 } ],
              "payment_days": 30,
              "caps": { "per_participant": 150000, "total": 5000000 }
            }
            """;
        Contract contract = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "contract.json").GetValueOrThrow();
        IReadOnlyList<string> echoes = Echoes(contract, []);
        string[] Sentences(Language language) =>
        [
            .. ContractInWords.General(contract, language),
            .. contract.Triggers.Select(t => ContractInWords.Trigger(contract, t, language)),
            .. contract.Payments.Select(p => ContractInWords.Payment(contract, p, language)),
        ];

        string[] english = Sentences(Language.English);
        string[] danish = Sentences(Language.Danish);
        HashSet<string> englishWords = new(english.SelectMany(e => Words(e, echoes)), StringComparer.Ordinal);
        englishWords.ExceptWith(SameInBoth);

        Assert.Equal(english.Length, danish.Length);
        Assert.Contains("indexed", englishWords);
        Assert.All(english.Zip(danish), pair =>
        {
            Assert.NotEqual(pair.First, pair.Second);
            string[] left = [.. Words(pair.Second, echoes).Where(englishWords.Contains)];
            Assert.True(left.Length == 0, $"'{pair.Second}' keeps {string.Join(", ", left)}");
        });
        // Danish numbers and months in the words, and the amounts of a currency other than DKK with its code.
        Assert.Contains("fee: 1.000,00 EUR for hver deltager, der opfylder 'enrolled', reguleret med 2 % om året fra 2026 (betales for højst 100 deltagere; højst 50.000,00 EUR i alt; betales for højst 60 % af deltagerne).", danish);
        Assert.Contains("monthly: 2.000,00 EUR om måneden i 12 måneder fra januar 2026.", danish);
    }

    /// <summary>Every shipped sample with a settlement (as_of.txt and participants.csv).</summary>
    private static IEnumerable<(string Name, DirectoryInfo Folder)> Cases() =>
        Directory.GetDirectories(RepositoryFolder.PathOf("samples"))
            .Where(f => File.Exists(Path.Combine(f, "as_of.txt")) && File.Exists(Path.Combine(f, "participants.csv")) && File.Exists(Path.Combine(f, "contract.json")))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), new DirectoryInfo(f)));

    private static Rendered Render((string Name, DirectoryInfo Folder) sample)
    {
        SampleCase @case = SampleCase.Open(sample.Folder, sample.Name, out string problem) ?? throw new InvalidOperationException(problem);
        using var error = new StringWriter();
        LoadedInputs loaded = InputLoader.Load(@case.Inputs with { Investments = @case.Investments }, error, comparisonAlwaysUsed: true, asOf: @case.AsOf)
            ?? throw new InvalidOperationException($"{sample.Name}: {error}");
        ReportInputs inputs = ReportCommand.Compute(loaded, @case.AsOf!.Value, @case.Rate);
        ReportDocument english = ReportBuilder.Build(inputs, Language.English);
        ReportDocument danish = ReportBuilder.Build(inputs, Language.Danish);
        return new Rendered(sample.Name, loaded.Contract, inputs, english, danish, Text(english), Text(danish), Echoes(loaded));
    }

    /// <summary>What a reader reads, as written before HTML or Markdown escapes it: the title, headings, paragraphs, lists, tables and captions, and the charts' texts.</summary>
    private static string Text(ReportDocument document) =>
        string.Join(
            "\n",
            [
                document.Title,
                .. document.Blocks.SelectMany(block => block switch
                {
                    HeadingBlock h => [h.Text],
                    ParagraphBlock p => [p.Text],
                    ListBlock l => l.Items,
                    TableBlock t => [.. t.Headers, .. t.Rows.SelectMany(r => r)],
                    ChartBlock c => [c.Caption, .. SvgText().Matches(c.Svg).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))],
                    _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}."),
                }),
            ]);

    /// <summary>The names the report echoes from the inputs, longest first: they stay as written in either language.</summary>
    private static IReadOnlyList<string> Echoes(LoadedInputs loaded) => Echoes(
        loaded.Contract,
        [
            .. loaded.Participants.SelectMany(p => new[] { p.Municipality, p.Cohort }).OfType<string>().SelectMany(n => new[] { n, Echo.Value(n) }),
            .. loaded.Files.SelectMany(f => new[] { f.Role, f.Sha256 }),
        ]);

    /// <summary>The contract's names (its own, its currency's, codes', triggers', outcomes', payments', payers'), and <paramref name="more"/>, longest first.</summary>
    private static IReadOnlyList<string> Echoes(Contract contract, IEnumerable<string> more)
    {
        IEnumerable<string> names =
        [
            contract.Name,
            contract.Currency,
            .. contract.Benefits.Keys,
            .. contract.Triggers.Select(t => t.Id),
            .. contract.Triggers.OfType<EventTrigger>().Select(t => t.Outcome),
            .. contract.Payments.Select(p => p.Id),
            .. contract.Payers.Select(p => p.Id),
            .. more,
        ];
        return [.. names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];
    }

    /// <summary>The words of <paramref name="text"/> once the echoed names and the technical names are taken out.</summary>
    private static IEnumerable<string> Words(string text, IReadOnlyList<string> echoes) =>
        Letters().Matches(Strip(text, echoes)).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Whether a text holds nothing but numbers, signs and names from the inputs.</summary>
    private static bool OnlyNumbersAndNames(string text, IReadOnlyList<string> echoes) => !Letters().IsMatch(Strip(text, echoes));

    private static string Strip(string text, IReadOnlyList<string> echoes)
    {
        // A name is taken out where it stands as a word of its own, not where it is part of a file's name
        // (events.csv, charts/time-to-outcome.svg), which the technical names take out after it.
        foreach (string name in echoes)
        {
            text = Regex.Replace(
                text,
                $"(?<![\\p{{L}}\\p{{N}}_]|[\\p{{L}}\\p{{N}}][./-]){Regex.Escape(name)}(?![\\p{{L}}\\p{{N}}_]|[./-][\\p{{L}}\\p{{N}}])",
                " ",
                RegexOptions.None,
                TimeSpan.FromSeconds(10));
        }

        return Technical().Replace(text, " ");
    }

    /// <summary>
    /// The technical names that stay as they are in either language: file names, options, commands, fields, the SPEC's
    /// references, the charts' files, hashes and the names of statistical methods.
    /// </summary>
    [GeneratedRegex("[\\w./-]+\\.(csv|json|md|svg)\\b|--[a-z-]+|\\bsib [a-z]+|\\bas_of\\b|\\bunknown_benefits\\b|\\bgrad_\\w*|SPEC-DK DK\\d+|SHA-256|\\bsha256\\b|Kaplan–Meier|Wilson|Newcombes?")]
    private static partial Regex Technical();

    [GeneratedRegex("\\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    private sealed record Rendered(string Name, Contract Contract, ReportInputs Inputs, ReportDocument English, ReportDocument Danish, string EnglishText, string DanishText, IReadOnlyList<string> Echoes);
}
