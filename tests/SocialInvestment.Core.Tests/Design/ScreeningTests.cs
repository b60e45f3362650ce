using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// The screening engine (docs/design.md, "The screening engine"): every candidate priced from each run's cohort evaluated
/// once gives, run by run, the figures of <see cref="ExactEvaluation.Of"/>, which settles the candidate with
/// <see cref="SocialInvestment.Settlement.Run"/> on the same runs, and those of <c>sib economics</c> on each settled run
/// (<see cref="SocialInvestment.Economics.Of"/>, its IRR searched over the whole grid): timed and indexed prices, volume tiers, payment caps on
/// count, amount and share of participants, gates, a price per week with its <c>max_weeks</c>, a delivery fee, and the
/// contract's caps.
/// </summary>
public sealed class ScreeningTests
{
    /// <summary>A template with every kind of payment, and every number a design may vary in it.</summary>
    internal const string Template = """
        {
          "name": "screening template",
          "benefits": { "kontanthjaelp": "support", "su": "education" },
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "weeks": 78 },
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" },
            { "id": "self8", "kind": "count", "weeks": 8, "level": "full_or_partial" }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled",
              "prices": [ { "until_months": 2, "amount": 10000 }, { "amount": 8000 } ],
              "indexation": { "base_year": 2026, "annual_indexation": 0.02 } },
            { "id": "bonus", "kind": "fixed", "trigger": "job13", "amount": 40000, "cap": { "count": 3, "amount": 150000 } },
            { "id": "tiered", "kind": "fixed", "trigger": "job13", "tiers": [ { "up_to": 2, "amount": 5000 }, { "amount": 2500 } ] },
            { "id": "shared", "kind": "share_of_savings", "gate": "self8", "share": 0.5, "deadweight": 0.1 },
            { "id": "weekly", "kind": "per_week", "amount": 300, "level": "full", "gate": "job13", "max_weeks": 10, "cap": { "participant_share": 0.5 } },
            { "id": "delivery", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 600000, "share": 0.3 }
          ],
          "caps": { "per_participant": 90000, "total": 400000 }
        }
        """;

    /// <summary>Each parameter with two values to try.</summary>
    private static readonly (string Name, decimal[] Values)[] Parameters =
    [
        ("payments.fee.prices[0].amount", [9000m, 12345.67m]),
        ("payments.fee.prices[1].amount", [0m, 7777.77m]),
        ("payments.bonus.amount", [30000m, 55555.55m]),
        ("payments.bonus.cap.count", [1m, 4m]),
        ("payments.bonus.cap.amount", [60000m, 150000m]),
        ("payments.tiered.tiers[0].amount", [0m, 6000m]),
        ("payments.tiered.tiers[1].amount", [1000m, 3333.33m]),
        ("payments.shared.share", [0.3m, 0.777m]),
        ("payments.shared.deadweight", [0m, 0.25m]),
        ("payments.weekly.amount", [150.5m, 400m]),
        ("payments.weekly.max_weeks", [4m, 20m]),
        ("payments.weekly.cap.participant_share", [0.2m, 1m]),
        ("payments.delivery.contract_value", [300000m, 600001m]),
        ("payments.delivery.share", [0.1m, 0.3m]),
        ("caps.per_participant", [20000m, 90000m]),
        ("caps.total", [100000m, 400000m]),
    ];

    /// <summary>
    /// A template whose payments have no rules of their own (no tiers, payment caps, gates of the cohort or delivery fees),
    /// so that a candidate whose amounts stay under the total cap is priced participant by participant.
    /// </summary>
    internal const string PlainTemplate = """
        {
          "name": "plain template",
          "benefits": { "kontanthjaelp": "support", "su": "education" },
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "weeks": 78 },
          "payment_days": 30,
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" },
            { "id": "self8", "kind": "count", "weeks": 8, "level": "full_or_partial" }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 10000 },
            { "id": "bonus", "kind": "fixed", "trigger": "job13", "amount": 40000 },
            { "id": "shared", "kind": "share_of_savings", "gate": "self8", "share": 0.5, "deadweight": 0.1 },
            { "id": "weekly", "kind": "per_week", "amount": 300, "level": "full", "gate": "job13", "max_weeks": 10 }
          ],
          "caps": { "per_participant": 90000, "total": 400000 }
        }
        """;

    private static readonly (string Name, decimal[] Values)[] PlainParameters =
    [
        ("payments.fee.amount", [0m, 12345.67m]),
        ("payments.bonus.amount", [30000m, 55555.55m]),
        ("payments.shared.share", [0.3m, 0.777m]),
        ("payments.shared.deadweight", [0m, 0.25m]),
        ("payments.weekly.amount", [150.5m, 400m]),
        ("payments.weekly.max_weeks", [4m, 20m]),
        ("caps.per_participant", [20000m, 90000m, 99999999m]),
        ("caps.total", [100000m, 99999999m]),
    ];

    private static readonly Investment[] Investments = [new(D("2026-01-01"), M(250_000m)), new(D("2026-09-01"), M(50_000m)), new(D("2027-03-01"), M(-20_000m))];

    private static readonly DesignTemplate ReadPlain = DesignTemplate.Read(new MemoryStream(Encoding.UTF8.GetBytes(PlainTemplate)), "contract.json").Value!;

    private static readonly DesignTemplate Read = DesignTemplate.Read(new MemoryStream(Encoding.UTF8.GetBytes(Template)), "contract.json").Value!;

    private static readonly Arbitrary<(int Seed, double Leave, double Back, int[] Chosen, int People)> Cases =
        (from seed in Gen.Choose(0, int.MaxValue)
         from leave in Gen.Choose(3, 60)
         from back in Gen.Choose(0, 25)
         from chosen in Gen.SubListOf(Enumerable.Range(0, Parameters.Length).ToArray())
         from count in Gen.Choose(1, 3)
         from people in Gen.Choose(1, 8)
         select (seed, leave / 100.0, back / 100.0, chosen.Take(count).ToArray(), people)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Screened_runs_are_the_exact_runs_of_every_candidate() => Prop.ForAll(Cases, c => Check(c, Parameters, Read));

    /// <summary>The same where no payment has a rule: candidates under the total cap are priced participant by participant, the others line by line.</summary>
    [Property(MaxTest = 1000)]
    public Property Screened_runs_are_exact_also_where_participants_are_priced_apart() => Prop.ForAll(Cases, c => Check(c, PlainParameters, ReadPlain));

    private static void Check((int Seed, double Leave, double Back, int[] Chosen, int People) c, (string Name, decimal[] Values)[] parameters, DesignTemplate template)
    {
        int[] chosen = c.Chosen.Where(p => p < parameters.Length).ToArray() is { Length: > 0 } some ? some : [parameters.Length - 2];
        var grid = new DesignGrid(chosen.Select(p => new DesignParameter(parameters[p].Name, parameters[p].Values)));
        var plan = CohortPlan.FromPlanned(
            Enumerable.Range(0, c.People).Select(i => new PlannedParticipant(new YearMonth(2026, 1 + (i % 4)), 0, null)),
            D("2027-06-30"));
        var hazards = new Hazards([c.Leave, c.Leave / 2], [c.Back, c.Back]);
        long[] all = Enumerable.Range(0, (int)grid.Count).Select(i => (long)i).ToArray();
        DesignRun[][] screened = Screening.Runs(grid, all, template.ContractFor, plan, hazards, runs: 2, c.Seed, Investments, null);
        for (int k = 0; k < all.Length; k++)
        {
            Contract contract = template.ContractFor(grid.At(k));
            ExactEvaluation exact = ExactEvaluation.Of(contract, plan, hazards, runs: 2, c.Seed, Investments);
            DesignRun[] economics = SocialInvestment.Simulation.SettleRuns(contract, plan, hazards, 2, c.Seed, null, result => AsEconomicsSeesIt(result));
            for (int r = 0; r < 2; r++)
            {
                Assert.Equal(exact.Runs[r], screened[r][k]);
                Assert.Equal(economics[r], screened[r][k]);
            }
        }
    }

    /// <summary>A settled run as <c>sib economics</c> prices it: <see cref="SocialInvestment.Economics.Of"/>, its IRR by the whole grid (<see cref="DiscountedCashFlow.Xirr"/>).</summary>
    private static DesignRun AsEconomicsSeesIt(SettlementResult result)
    {
        EconomicsResult economics = SocialInvestment.Economics.Of(result, Investments);
        PayerView payer = economics.Payer;
        Money net = payer.Municipality is { } municipality ? municipality.NetSaving : payer.NetSaving;
        return new DesignRun(net, payer.Payments, economics.Investor.Irr.Rate, economics.Investor.MoneyMultiple);
    }
}
