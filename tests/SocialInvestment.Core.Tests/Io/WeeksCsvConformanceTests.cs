using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The public SPEC-DK cases' weeks files (a DREAM extract in public-dk-1, a municipal weekly table in public-dk-3) give
/// the same spells, day by day, and the same settlement as their spells.csv, read in one go and in pieces. The cases'
/// own contracts use fields not built yet, so these settle a contract of their codes with the kinds built today.
/// </summary>
public sealed class WeeksCsvConformanceTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data", "weeks");

    public static TheoryData<string, int> Cases() => new() { { "public-dk-1", 1 }, { "public-dk-1", 2 }, { "public-dk-3", 1 }, { "public-dk-3", 2 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_weeks_file_covers_the_same_days_as_its_spells_csv(string name, int cores)
    {
        var (participants, fromSpells, fromWeeks) = Read(name, cores);

        Assert.Equal(Days(fromSpells), Days(fromWeeks.Spells.Items));
        Assert.True(fromWeeks.Spells.Items.Count <= fromSpells.Count);
        string[] rowIds = [.. File.ReadLines(Path.Combine(Data, name, "weeks.csv")).Skip(1).Select(line => line.Split(',')[0])];
        Assert.Equal(rowIds.Count(id => participants.All(p => p.Id.Value != id)), fromWeeks.Spells.SkippedRows);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_weeks_file_settles_as_its_spells_csv(string name, int cores)
    {
        var (participants, fromSpells, fromWeeks) = Read(name, cores);
        Contract contract = ContractFor(name);
        LocalDate asOf = Fixtures.D(File.ReadAllText(Path.Combine(Data, name, "as_of.txt")).Trim());

        string expected = Lines(SocialInvestment.Settlement.Run(contract, participants, fromSpells, [], asOf));
        string actual = Lines(SocialInvestment.Settlement.Run(contract, participants, fromWeeks.Spells.Items, [], asOf));

        Assert.Equal(expected, actual);
        Assert.Contains(",gross,", expected, StringComparison.Ordinal);
    }

    private static (IReadOnlyList<Participant> Participants, IReadOnlyList<BenefitSpell> Spells, WeeksInput Weeks) Read(string name, int cores)
    {
        string folder = Path.Combine(Data, name);
        using var participantsFile = File.OpenRead(Path.Combine(folder, "participants.csv"));
        IReadOnlyList<Participant> participants = ParticipantsCsv.Read(participantsFile, "participants.csv").GetValueOrThrow();
        IReadOnlySet<ParticipantId> cohort = participants.Select(p => p.Id).ToHashSet();
        Contract contract = ContractFor(name);
        using var spellsFile = File.OpenRead(Path.Combine(folder, "spells.csv"));
        IReadOnlyList<BenefitSpell> spells = SpellsCsv.Read(spellsFile, "spells.csv", contract, cohort).GetValueOrThrow().Items;
        using var weeksFile = File.OpenRead(Path.Combine(folder, "weeks.csv"));
        var options = new ReadOptions { MaxDegreeOfParallelism = cores, MinimumBytesForPieces = 0 };
        WeeksInput weeks = WeeksCsv.Read(weeksFile, "weeks.csv", contract, cohort, options: options).GetValueOrThrow();
        return (participants, spells, weeks);
    }

    /// <summary>Every (person, code, day, degree) the spells cover, the largest degree where spells of a code overlap (SPEC §4).</summary>
    internal static SortedSet<(string Person, string Code, LocalDate Day, decimal Degree)> Days(IEnumerable<BenefitSpell> spells, LocalDate? until = null)
    {
        var largest = new Dictionary<(string, string, LocalDate), decimal>();
        foreach (BenefitSpell spell in spells)
        {
            LocalDate last = spell.To ?? until ?? throw new InvalidOperationException("an open spell");
            for (LocalDate day = spell.From; day <= last; day = day.PlusDays(1))
            {
                var key = (spell.ParticipantId.Value, spell.BenefitCode, day);
                largest[key] = Math.Max(largest.GetValueOrDefault(key), spell.Degree!.Value.Value);
            }
        }

        return [.. largest.Select(p => (p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value))];
    }

    private static string Lines(SettlementResult result)
    {
        using var stream = new MemoryStream();
        LinesCsv.Write(stream, result.Lines);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Contract ContractFor(string name) => name == "public-dk-1"
        ? new Contract(
            "public-dk-1 with the kinds built",
            new ObservationWindow(WindowAnchor.Start, 5),
            [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job2", 2, SelfSupport.Full)],
            [new FixedPayment("fee", "enrolled", 1000m), new FixedPayment("bonus", "job2", 2500m), new ShareOfSavingsPayment("gross", "enrolled", Share.FromDecimal(1m))],
            new Dictionary<string, BenefitClass> { ["701"] = BenefitClass.Support },
            new MonthlyCost(31_000m, 2026),
            programmeWeeks: 4)
        : new Contract(
            "public-dk-3 with the kinds built",
            new ObservationWindow(WindowAnchor.End, 104),
            [
                new EnrolmentTrigger("enrolled"),
                new SustainedTrigger("job", 13, SelfSupport.Full),
                new CountTrigger("self", 13, SelfSupport.Partial),
                new EducationTrigger("edu", 4),
            ],
            [
                new FixedPayment("fee", "enrolled", 5000m),
                new FixedPayment("bonus", "job", 25_000m),
                new FixedPayment("edu", "edu", 3000m),
                new ShareOfSavingsPayment("gross", "self", Share.FromDecimal(0.25m), deadweight: 0.15m),
            ],
            new Dictionary<string, BenefitClass>
            {
                ["111"] = BenefitClass.Support,
                ["701"] = BenefitClass.Support,
                ["730"] = BenefitClass.Support,
                ["890"] = BenefitClass.Support,
                ["774"] = BenefitClass.Support,
                ["651"] = BenefitClass.Education,
                ["521"] = BenefitClass.Ignore,
            },
            new MonthlyCost(22_000m, 2025, 0.031m),
            programmeWeeks: 20,
            partialMaxSupport: Share.FromDecimal(0.6m));
}
