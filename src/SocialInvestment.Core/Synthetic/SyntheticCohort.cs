using System.Globalization;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A realistic synthetic cohort for trying contracts and for benchmarks, the same for the same size and seed: benefit
/// spells drawn from the samples' benefit codes, with gaps, returns to benefits, partial degrees, overlapping export
/// rows, education spells and ignored benefits, about 10 spell rows per participant, and rows for people outside the
/// cohort (about one for every ten participants' rows).
/// </summary>
public sealed class SyntheticCohort
{
    /// <summary>The extraction date the cohort is made for.</summary>
    public static readonly LocalDate AsOf = new(2026, 6, 30);

    /// <summary>The contract that goes with the cohort: the SPEC §2 example with the samples' benefit codes.</summary>
    public const string ContractJson = """
        {
          "name": "Synthetic cohort (sib generate)",
          "currency": "DKK",
          "programme_weeks": 20,
          "benefits": {
            "kontanthjaelp": "support",
            "integrationsydelse": "support",
            "uddannelseshjaelp": "support",
            "sygedagpenge": "support",
            "ledighedsydelse": "support",
            "su": "education",
            "boligstoette": "ignore"
          },
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "from": "start", "weeks": 104 },
          "partial_max_support": 0.5,
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "completed", "kind": "completion" },
            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" },
            { "id": "self26", "kind": "count", "weeks": 26, "level": "full_or_partial", "exclude_education": true },
            { "id": "edu", "kind": "education", "weeks": 4 }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 10000 },
            { "id": "bonus", "kind": "fixed", "trigger": "job13", "amount": 40000 },
            { "id": "shared", "kind": "share_of_savings", "gate": "job13", "share": 0.5, "deadweight": 0.1 }
          ],
          "caps": { "per_participant": 150000 }
        }

        """;

    private static readonly string[] SupportCodes = ["kontanthjaelp", "kontanthjaelp", "kontanthjaelp", "integrationsydelse", "uddannelseshjaelp", "sygedagpenge", "ledighedsydelse"];
    private static readonly decimal[] PartialDegrees = [0.25m, 0.5m, 0.75m];
    private static readonly LocalDate FirstStart = new(2023, 1, 2);
    private static readonly LocalDate LastDay = new(2026, 12, 31);
    private const int StartDays = 1095;

    private readonly int _seed;

    /// <summary>Describes a cohort.</summary>
    /// <param name="participants">How many participants, ≥ 0.</param>
    /// <param name="seed">The seed: the same seed gives the same cohort.</param>
    public SyntheticCohort(int participants, int seed)
    {
        Preconditions.CheckArgumentRange(nameof(participants), participants, 0, 100_000_000);
        Count = participants;
        _seed = seed;
    }

    /// <summary>The number of participants.</summary>
    public int Count { get; }

    /// <summary>The participants, in id order.</summary>
    public IEnumerable<Participant> Participants()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return Person(i, out _);
        }
    }

    /// <summary>Every spell row, as an export lists them: each person's rows together, outsiders' rows among them.</summary>
    public IEnumerable<BenefitSpell> Spells()
    {
        var rows = new List<BenefitSpell>(16);
        for (int i = 0; i < Count; i++)
        {
            Participant participant = Person(i, out Random random);
            rows.Clear();
            AddSpells(participant.Id, participant.Start, random, rows);
            foreach (BenefitSpell spell in rows)
            {
                yield return spell;
            }

            if (i % 10 == 9)
            {
                // Someone in the municipality's export who is not in the cohort.
                int outsider = i / 10;
                var outsiderRandom = new Random(unchecked((_seed * 7_919) + outsider + 1));
                var id = ParticipantId.From("X" + outsider.ToString("D7", CultureInfo.InvariantCulture));
                rows.Clear();
                AddSpells(id, FirstStart.PlusDays(outsiderRandom.Next(StartDays)), outsiderRandom, rows);
                foreach (BenefitSpell spell in rows)
                {
                    yield return spell;
                }
            }
        }
    }

    private Participant Person(int index, out Random random)
    {
        random = new Random(unchecked((_seed * 1_000_003) + index));
        LocalDate start = FirstStart.PlusDays(random.Next(StartDays));
        bool droppedOut = random.NextDouble() < 0.1;
        LocalDate? end = droppedOut ? start.PlusDays(random.Next(14, 133)) : null;
        string cohort = $"{start.Year}-Q{((start.Month - 1) / 3) + 1}";
        return new Participant(ParticipantId.From("P" + index.ToString("D7", CultureInfo.InvariantCulture)), start, end, completed: !droppedOut, cohort);
    }

    private static void AddSpells(ParticipantId id, LocalDate start, Random random, List<BenefitSpell> rows)
    {
        // A life course around the programme: support before it, then spells of work (no row), support, education.
        LocalDate day = start.PlusDays(-random.Next(180, 720));
        bool onSupport = true;
        while (day <= LastDay && rows.Count < 14)
        {
            if (onSupport)
            {
                int days = random.Next(30, 220);
                string code = SupportCodes[random.Next(SupportCodes.Length)];
                decimal degree = random.NextDouble() < 0.7 ? 1m : PartialDegrees[random.Next(PartialDegrees.Length)];
                LocalDate last = day.PlusDays(days - 1);
                bool open = last > AsOf && random.NextDouble() < 0.5;
                rows.Add(new BenefitSpell(id, code, day, open ? null : last, Degree.FromDecimal(degree)));
                if (random.NextDouble() < 0.15)
                {
                    // The export repeats a spell in part: overlapping rows of one code, which must not add up.
                    rows.Add(new BenefitSpell(id, code, day.PlusDays(random.Next(days)), open ? null : last, Degree.FromDecimal(degree)));
                }

                if (random.NextDouble() < 0.2)
                {
                    rows.Add(new BenefitSpell(id, "boligstoette", day, last, Degree.FromDecimal(0.5m)));
                }

                if (open)
                {
                    return;
                }

                day = last.PlusDays(1);
            }
            else if (random.NextDouble() < 0.15)
            {
                int days = random.Next(40, 200);
                rows.Add(new BenefitSpell(id, "su", day, day.PlusDays(days - 1), Degree.Full));
                day = day.PlusDays(days);
            }
            else
            {
                day = day.PlusDays(random.Next(14, 160));
            }

            onSupport = !onSupport;
        }
    }
}
