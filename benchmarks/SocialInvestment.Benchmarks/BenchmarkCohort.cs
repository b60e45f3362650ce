using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>The input of every stage benchmark: a `sib generate` cohort, its CSV bytes and its parsed values, made once.</summary>
internal sealed class BenchmarkCohort
{
    private static readonly Dictionary<(int, InputDialect), BenchmarkCohort> Made = [];

    private BenchmarkCohort(int participants, InputDialect dialect)
    {
        var cohort = new SyntheticCohort(participants, seed: 1);
        Contract = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson)), "contract.json").GetValueOrThrow();
        using (var stream = new MemoryStream())
        {
            ParticipantsCsv.Write(stream, cohort.Participants(), dialect);
            ParticipantsBytes = stream.ToArray();
        }

        using (var stream = new MemoryStream())
        {
            SpellsCsv.Write(stream, cohort.Spells(), dialect);
            SpellsBytes = stream.ToArray();
        }

        Participants = ParticipantsCsv.Read(new MemoryStream(ParticipantsBytes), "participants.csv").GetValueOrThrow();
        Cohort = Participants.Select(p => p.Id).ToHashSet();
        Spells = SpellsCsv.Read(new MemoryStream(SpellsBytes), "spells.csv", Contract, Cohort).GetValueOrThrow().Items;
    }

    internal Contract Contract { get; }

    internal byte[] ParticipantsBytes { get; }

    internal byte[] SpellsBytes { get; }

    internal IReadOnlyList<Participant> Participants { get; }

    internal HashSet<ParticipantId> Cohort { get; }

    internal IReadOnlyList<BenefitSpell> Spells { get; }

    internal static BenchmarkCohort Of(int participants, InputDialect dialect = InputDialect.Standard)
    {
        lock (Made)
        {
            if (!Made.TryGetValue((participants, dialect), out BenchmarkCohort? cohort))
            {
                cohort = new BenchmarkCohort(participants, dialect);
                Made.Add((participants, dialect), cohort);
            }

            return cohort;
        }
    }
}
