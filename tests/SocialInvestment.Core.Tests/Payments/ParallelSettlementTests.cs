using SocialInvestment.Io;

namespace SocialInvestment.Tests.Payments;

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

        Outcomes.Evaluate(contract, cohort.Participants(), cohort.Spells(), [], SyntheticCohort.AsOf, new SettlementOptions { Progress = progress });

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
