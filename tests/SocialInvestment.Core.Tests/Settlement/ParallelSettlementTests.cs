using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>Settling on several cores gives the same bytes as on one: chunks are fixed by the count, results kept in order.</summary>
public sealed class ParallelSettlementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Lines_and_summary_are_byte_identical_on_one_core_and_on_many(int seed)
    {
        var cohort = new SyntheticCohort(9_000, seed);
        Contract contract = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        Participant[] participants = [.. cohort.Participants()];
        BenefitSpell[] spells = [.. cohort.Spells()];
        var ledger = new Ledger([new LedgerEntry(new LineKey(participants[5].Id, "fee", LineKey.NoPeriod), Money.FromAmount(10_000m))]);

        byte[] single = Settle(contract, participants, spells, ledger, new SettlementOptions { MaxDegreeOfParallelism = 1 });
        byte[] parallel = Settle(contract, participants, spells, ledger, new SettlementOptions { MaxDegreeOfParallelism = 4 });

        Assert.True(single.Length > 100_000);
        Assert.Equal(single, parallel);
    }

    [Fact]
    public void Lines_made_in_many_chunks_are_in_SPEC_order_with_caps_applied_in_that_order()
    {
        // 9,000 participants are five chunks, each sealed in date order on its own; the table reads them by date, then chunk.
        var cohort = new SyntheticCohort(9_000, 3);
        Contract plain = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        Contract contract = new(
            plain.Name, plain.Window, plain.Triggers, plain.Payments, plain.Benefits, plain.MonthlyCost,
            new Caps(Money.FromAmount(30_000m), Money.FromAmount(50_000_000m)), plain.Currency, plain.ProgrammeWeeks, plain.PartialMaxSupport, plain.UnknownBenefits);
        Participant[] participants = [.. cohort.Participants()];
        var ledger = new Ledger([new LedgerEntry(new LineKey(participants[7].Id, "fee", LineKey.NoPeriod), Money.FromAmount(1_000m))]);

        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants, cohort.Spells(), [], SyntheticCohort.AsOf, ledger);

        List<SettlementLine> lines = [.. result.Lines];
        List<SettlementLine> ordered = [.. lines
            .OrderBy(l => l.Date)
            .ThenBy(l => l.ParticipantId.Value, StringComparer.Ordinal)
            .ThenBy(l => l.Payment, StringComparer.Ordinal)
            .ThenBy(l => l.Period, StringComparer.Ordinal)];
        Assert.True(lines.Count > 100_000);
        Assert.Equal(ordered.Select(l => l.ToString()), lines.Select(l => l.ToString()));
        Assert.Equal(lines[lines.Count / 3].ToString(), result.Lines[lines.Count / 3].ToString());
        Assert.Equal(lines[^1].ToString(), result.Lines[^1].ToString());

        // The caps, replayed over the lines in this order, give each line's payable.
        var paidTo = new Dictionary<ParticipantId, decimal>();
        decimal paidInTotal = 0m;
        foreach (SettlementLine line in lines)
        {
            decimal before = paidTo.GetValueOrDefault(line.ParticipantId);
            decimal payable = Math.Min(line.Amount.Amount, Math.Min(30_000m - before, 50_000_000m - paidInTotal));
            Assert.Equal(payable, line.Payable.Amount);
            paidTo[line.ParticipantId] = before + payable;
            paidInTotal += payable;
        }

        Assert.Contains(lines, l => l.Payable < l.Amount);
        Assert.Equal(1_000m, lines.Single(l => l.ParticipantId == participants[7].Id && l.Payment == "fee").PaidBefore.Amount);
    }

    [Fact]
    public void Chunks_whose_lines_begin_on_different_dates_are_merged_in_date_order()
    {
        // Chunks are runs of 2,048 participants in id order: the first chunk starts in March, the second in January, so
        // the first date of all lines is the second chunk's and the last the first chunk's.
        Contract fee = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 100m)]);
        Participant[] people =
        [
            .. Enumerable.Range(0, 2048).Select(i => Person($"a{i:D4}", "2026-03-02")),
            Person("b0000", "2026-01-05"),
            Person("b0001", "2026-02-02"),
        ];

        SettlementResult result = SocialInvestment.Settlement.Run(fee, people, [], [], D("2026-06-30"));

        Assert.Equal(["b0000", "b0001", "a0000"], result.Lines.Take(3).Select(l => l.ParticipantId.Value));
        Assert.Equal("a2047", result.Lines[^1].ParticipantId.Value);
        Assert.Equal(result.Lines.OrderBy(l => l.Date).ThenBy(l => l.ParticipantId.Value, StringComparer.Ordinal).Select(l => l.ToString()), result.Lines.Select(l => l.ToString()));
    }

    [Fact]
    public void Lines_written_from_the_compact_table_equal_lines_written_one_by_one()
    {
        var cohort = new SyntheticCohort(3_000, 11);
        Contract contract = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        Participant[] participants = [.. cohort.Participants()];
        var ledger = new Ledger([
            new LedgerEntry(new LineKey(participants[1].Id, "fee", LineKey.NoPeriod), Money.FromAmount(12_345.67m)),
            new LedgerEntry(new LineKey(ParticipantId.From("ghost"), "bonus", LineKey.NoPeriod), Money.FromAmount(-40_000m)),
            new LedgerEntry(new LineKey(participants[2].Id, "shared", "2019-01"), Money.FromAmount(0.01m)),
        ]);
        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants, cohort.Spells(), [], SyntheticCohort.AsOf, ledger);

        using var compact = new MemoryStream();
        LinesCsv.Write(compact, result.Lines);
        using var oneByOne = new MemoryStream();
        LinesCsv.Write(oneByOne, result.Lines.ToList());

        string text = System.Text.Encoding.UTF8.GetString(compact.ToArray());
        Assert.Contains($"{participants[1].Id},fee,-,{participants[1].Start:uuuu-MM-dd},10000.00,10000.00,0.00,12345.67,-2345.67\n", text, StringComparison.Ordinal);
        Assert.Contains("ghost,bonus,-,2026-06-30,0.00,0.00,0.00,-40000.00,40000.00\n", text, StringComparison.Ordinal);
        Assert.Equal(oneByOne.ToArray(), compact.ToArray());
    }

    [Fact]
    public void A_ledger_period_that_needs_quotes_is_quoted_as_RFC_4180_says()
    {
        var cohort = new SyntheticCohort(200, 4);
        Contract contract = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        var ledger = new Ledger([new LedgerEntry(new LineKey(ParticipantId.From("old"), "fee", "Q1, \"2024\""), Money.FromAmount(5m))]);
        SettlementResult result = SocialInvestment.Settlement.Run(contract, cohort.Participants(), cohort.Spells(), [], SyntheticCohort.AsOf, ledger);

        using var compact = new MemoryStream();
        LinesCsv.Write(compact, result.Lines);
        using var oneByOne = new MemoryStream();
        LinesCsv.Write(oneByOne, result.Lines.ToList());

        Assert.Contains("old,fee,\"Q1, \"\"2024\"\"\",2026-06-30,0.00,0.00,0.00,5.00,-5.00\n", System.Text.Encoding.UTF8.GetString(compact.ToArray()), StringComparison.Ordinal);
        Assert.Equal(oneByOne.ToArray(), compact.ToArray());
    }

    [Fact]
    public void Progress_reports_reach_the_number_of_participants()
    {
        var cohort = new SyntheticCohort(5_000, 3);
        Contract contract = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        int last = 0;
        var progress = new SynchronousProgress(done => last = Math.Max(last, done));

        SocialInvestment.Outcomes.Evaluate(contract, cohort.Participants(), cohort.Spells(), [], SyntheticCohort.AsOf, new SettlementOptions { Progress = progress });

        Assert.Equal(5_000, last);
    }

    private static byte[] Settle(Contract contract, Participant[] participants, BenefitSpell[] spells, Ledger ledger, SettlementOptions options)
    {
        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants.Reverse(), spells, [], SyntheticCohort.AsOf, ledger, options);
        using var output = new MemoryStream();
        LinesCsv.Write(output, result.Lines);
        SummaryJson.Write(output, result, [], default);
        return output.ToArray();
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        private readonly object _gate = new();

        public void Report(int value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
