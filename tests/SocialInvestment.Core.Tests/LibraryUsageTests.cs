using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests;

/// <summary>The README's library example, kept compiling and true.</summary>
public sealed class LibraryUsageTests
{
    [Fact]
    public void Readme_example_settles_without_touching_files()
    {
        // --- README example start
        var contract = new Contract(
            name: "Kvinder i Job",
            window: new ObservationWindow(WindowAnchor.Start, weeks: 104),
            triggers: [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", weeks: 13, SelfSupport.Full)],
            payments: [
                new FixedPayment("fee", trigger: "enrolled", amount: 10_000m),
                new ShareOfSavingsPayment("shared", gate: "job13", Share.FromDecimal(0.5m), deadweight: 0.1m),
            ],
            benefits: new Dictionary<string, BenefitClass> { ["kontanthjaelp"] = BenefitClass.Support },
            monthlyCost: new MonthlyCost(amount: 15_000m, baseYear: 2026),
            caps: new Caps(perParticipant: Money.FromAmount(150_000m)));

        var amina = ParticipantId.From("P1");
        Participant[] participants = [new Participant(amina, start: new LocalDate(2026, 1, 5))];
        BenefitSpell[] spells = [new BenefitSpell(amina, "kontanthjaelp", new LocalDate(2025, 6, 1), to: new LocalDate(2026, 1, 31))];

        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants, spells, events: [], asOf: new LocalDate(2026, 6, 30));

        foreach (SettlementLine line in result.Lines)
        {
            Console.WriteLine($"{line.ParticipantId} {line.Payment} {line.Period} {line.Date} {line.Payable}");
        }

        using var file = new MemoryStream();
        LinesCsv.Write(file, result.Lines);
        // --- README example end

        // Off support from Sunday 2026-02-01: week 4 (2026-02-02 … 02-08) is the first full week, so job13 is met at the
        // end of week 16: 2026-01-05 + 16×7 + 6 days = 2026-05-03.
        Assert.Equal(new LocalDate(2026, 5, 3), result.Outcomes[0].DateMet("job13"));
        // February: 28 self-supported days of 28 → round(0.5 × 0.9 × 15,000 × 28 / 28) = 6,750.00.
        Assert.Equal(Money.FromAmount(6_750m), result.Lines.Single(l => l.Period == "2026-02").Amount);
        // January: on support every day (the spell's last day, the 31st, is included) → D = 0, a line of 0.00.
        Assert.Equal(Money.Zero, result.Lines.Single(l => l.Period == "2026-01").Amount);
        Assert.Equal(Money.FromAmount(10_000m + (5 * 6_750m)), result.Totals.Payable);
        Assert.StartsWith(LinesCsv.Header + "\n", System.Text.Encoding.UTF8.GetString(file.ToArray()), StringComparison.Ordinal);
    }
}
