using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A contract template and its candidates (docs/design.md): the numbers a design may vary, and each candidate's
/// contract.json as exactly the template's bytes with the varied numbers' text replaced, which settles as the template
/// does where the values are the template's own.
/// </summary>
public sealed class DesignTemplateTests
{
    [Fact]
    public void The_numbers_a_design_may_vary_are_listed_in_the_order_the_template_writes_them()
    {
        DesignTemplate template = DesignJsonTests.ReadTemplate();

        Assert.Equal(
            [
                "payments.fee.amount",
                "payments.bonus.amount",
                "payments.bonus.cap.count",
                "payments.bonus.cap.amount",
                "payments.tiered.tiers[0].amount",
                "payments.tiered.tiers[1].amount",
                "payments.shared.share",
                "payments.shared.deadweight",
                "caps.per_participant",
            ],
            template.Parameters);
        Assert.Equal(0.5m, template.ValueOf("payments.shared.share"));
        Assert.Equal(2500m, template.ValueOf("payments.tiered.tiers[1].amount"));
    }

    [Fact]
    public void Prices_delivery_fees_and_weekly_payments_give_their_numbers()
    {
        const string Json = """
            {
              "name": "kinds",
              "benefits": {}, "monthly_cost": { "amount": 1, "base_year": 2026 },
              "window": { "weeks": 52 },
              "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
              "payments": [
                { "id": "timed", "kind": "fixed", "trigger": "enrolled", "prices": [ { "until_months": 6, "amount": 100 }, { "amount": 50 } ] },
                { "id": "delivery", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 120000, "share": 0.1 },
                { "id": "monthly", "kind": "delivery_fee", "from": "2026-01", "months": 12, "monthly_amount": 1000 },
                { "id": "weekly", "kind": "per_week", "amount": 200, "level": "full", "max_weeks": 26, "cap": { "participant_share": 0.5 } }
              ],
              "caps": { "total": 900000.5, "per_participant": 5000 }
            }
            """;

        DesignTemplate template = DesignJsonTests.ReadTemplate(Json);

        Assert.Equal(
            [
                "payments.timed.prices[0].amount",
                "payments.timed.prices[1].amount",
                "payments.delivery.contract_value",
                "payments.delivery.share",
                "payments.monthly.monthly_amount",
                "payments.weekly.amount",
                "payments.weekly.max_weeks",
                "payments.weekly.cap.participant_share",
                "caps.total",
                "caps.per_participant",
            ],
            template.Parameters);
    }

    [Fact]
    public void A_template_the_contract_reader_refuses_gives_the_contracts_errors()
    {
        ReadResult<DesignTemplate> result = DesignTemplate.Read(
            new MemoryStream(Encoding.UTF8.GetBytes("""{ "name": "x", "window": { "weeks": 0 }, "triggers": [], "payments": [] }""")),
            "template.json");

        Assert.Equal(["template.json:1:37: window.weeks: expected a whole number from 1 to 10000, found 0"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_candidate_is_the_templates_bytes_with_only_the_varied_numbers_text_replaced()
    {
        byte[] bom = Encoding.UTF8.Preamble.ToArray();
        byte[] bytes = [.. bom, .. Encoding.UTF8.GetBytes(DesignJsonTests.Template)];
        DesignTemplate template = DesignTemplate.Read(new MemoryStream(bytes), "contract.json").GetValueOrThrow();
        var grid = new DesignGrid([new DesignParameter("payments.bonus.amount", [42500.50m]), new DesignParameter("payments.shared.share", [0.35m])]);

        byte[] candidate = template.JsonFor(grid.At(0));

        string expected = DesignJsonTests.Template
            .Replace("\"amount\": 40000", "\"amount\": 42500.50", StringComparison.Ordinal)
            .Replace("\"share\": 0.5", "\"share\": 0.35", StringComparison.Ordinal);
        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(expected)], candidate);
        Contract contract = template.ContractFor(grid.At(0));
        Assert.Equal(42500.50m, ((FixedPayment)contract.Payments[1]).Prices[0].Amount);
        Assert.Equal(0.35m, ((ShareOfSavingsPayment)contract.Payments[3]).Share.Value);
    }

    /// <summary>Cases with a contract, participants, spells, as_of and the expected lines: the sample, and the shared conformance case where it is beside the checkout.</summary>
    public static TheoryData<string, string> SettledCases()
    {
        var cases = new TheoryData<string, string> { { RepositoryFolder.PathOf("samples", "kvinder-i-job"), Path.Combine("expected", "lines.csv") } };
        string shared = Path.Combine(RepositoryFolder.Root, "..", "shared", "conformance", "public-1");
        if (File.Exists(Path.Combine(shared, "expected-lines.csv")))
        {
            cases.Add(shared, "expected-lines.csv");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(SettledCases))]
    public void A_candidate_whose_values_are_the_templates_own_settles_to_the_same_lines_byte_for_byte(string folder, string expectedLines)
    {
        byte[] templateBytes = File.ReadAllBytes(Path.Combine(folder, "contract.json"));
        DesignTemplate template = DesignTemplate.Read(new MemoryStream(templateBytes), "contract.json").GetValueOrThrow();
        // Every number a design may vary, each at the template's own value (written as decimal writes it, which may differ
        // from the template's text: the contract does not).
        DesignAssignment same = new DesignGrid(template.Parameters.Select(p => new DesignParameter(p, [template.ValueOf(p)]))).At(0);
        string bonus = template.Parameters.First(p => p.StartsWith("payments.bonus.", StringComparison.Ordinal));
        DesignAssignment other = new DesignGrid([new DesignParameter(bonus, [template.ValueOf(bonus) + 5000m])]).At(0);

        byte[] expected = File.ReadAllBytes(Path.Combine(folder, expectedLines));
        byte[] asTemplate = SettledLines(folder, ContractJson.Read(new MemoryStream(templateBytes), "contract.json").GetValueOrThrow());
        byte[] asSame = SettledLines(folder, template.ContractFor(same));
        byte[] asOther = SettledLines(folder, template.ContractFor(other));

        Assert.Equal(expected, asTemplate);
        Assert.Equal(asTemplate, asSame);
        // A higher bonus changes the bonus lines (and, under a cap, what is left for the lines after them).
        Assert.Contains(Lines(asTemplate).Except(Lines(asOther)), line => line.Contains(",bonus,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_written_otherwise_changes_the_text_not_the_contract()
    {
        string folder = RepositoryFolder.PathOf("samples", "kvinder-i-job");
        byte[] templateBytes = File.ReadAllBytes(Path.Combine(folder, "contract.json"));
        DesignTemplate template = DesignTemplate.Read(new MemoryStream(templateBytes), "contract.json").GetValueOrThrow();
        DesignAssignment same = new DesignGrid([new DesignParameter("payments.shared.share", [0.50m])]).At(0);

        byte[] candidate = template.JsonFor(same);

        Assert.NotEqual(templateBytes, candidate);
        Assert.Equal(
            Encoding.UTF8.GetString(templateBytes).Replace("\"share\": 0.5,", "\"share\": 0.50,", StringComparison.Ordinal),
            Encoding.UTF8.GetString(candidate));
        Assert.Equal(SettledLines(folder, template.Contract), SettledLines(folder, template.ContractFor(same)));
    }

    [Property(MaxTest = 300)]
    public Property A_candidate_reads_back_as_the_template_with_only_its_varied_numbers_changed() => Prop.ForAll(
        Gen.Choose(0, 8).Zip(Gen.Choose(0, 99)).ArrayOf().Where(a => a.Length is > 0 and < 5).ToArbitrary(),
        picks =>
        {
            DesignTemplate template = DesignJsonTests.ReadTemplate();
            var settings = picks
                .DistinctBy(p => p.Item1)
                .Select(p => (Name: template.Parameters[p.Item1], Value: template.Parameters[p.Item1].EndsWith(".count", StringComparison.Ordinal) ? p.Item2 : p.Item2 / 100m))
                .ToList();
            var grid = new DesignGrid(settings.Select(s => new DesignParameter(s.Name, [s.Value])));

            byte[] candidate = template.JsonFor(grid.At(0));
            DesignTemplate reread = DesignTemplate.Read(new MemoryStream(candidate), "candidate.json").GetValueOrThrow();

            Assert.Equal(template.Parameters, reread.Parameters);
            foreach (string parameter in template.Parameters)
            {
                decimal expected = settings.Where(s => s.Name == parameter).Select(s => (decimal?)s.Value).SingleOrDefault() ?? template.ValueOf(parameter);
                Assert.Equal(expected, reread.ValueOf(parameter));
            }

            // Outside the varied numbers the text is the template's: taking them out of both leaves the same text.
            static string Stripped(string json) => System.Text.RegularExpressions.Regex.Replace(json, @"-?[0-9][0-9.eE+-]*", "#");
            Assert.Equal(Stripped(DesignJsonTests.Template), Stripped(Encoding.UTF8.GetString(candidate)));
            Assert.NotNull(template.ContractFor(grid.At(0)));
        });

    [Fact]
    public void A_setting_that_names_no_number_of_the_template_is_an_argument_error()
    {
        DesignTemplate template = DesignJsonTests.ReadTemplate();
        var grid = new DesignGrid([new DesignParameter("caps.total", [1m])]);

        Assert.Throws<ArgumentException>(() => template.JsonFor(grid.At(0)));
    }

    private static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv).Split('\n');

    private static byte[] SettledLines(string folder, Contract contract)
    {
        IReadOnlyList<Participant> participants;
        using (FileStream stream = File.OpenRead(Path.Combine(folder, "participants.csv")))
        {
            participants = ParticipantsCsv.Read(stream, "participants.csv").GetValueOrThrow();
        }

        var cohort = participants.Select(p => p.Id).ToHashSet();
        InputRows<BenefitSpell> spells;
        using (FileStream stream = File.OpenRead(Path.Combine(folder, "spells.csv")))
        {
            spells = SpellsCsv.Read(stream, "spells.csv", contract, cohort).GetValueOrThrow();
        }

        LocalDate asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(File.ReadAllText(Path.Combine(folder, "as_of.txt")).Trim()).Value;
        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants, spells.Items, [], asOf);
        using var output = new MemoryStream();
        LinesCsv.Write(output, result.Lines);
        return output.ToArray();
    }
}
