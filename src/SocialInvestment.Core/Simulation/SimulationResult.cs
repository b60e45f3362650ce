using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>The result of <see cref="Simulation.Run"/>: percentile bands of payments and savings per calendar month and in total.</summary>
public sealed class SimulationResult
{
    internal SimulationResult(
        Contract contract,
        CohortPlan plan,
        Hazards hazards,
        int runs,
        int seed,
        string supportCode,
        ReadOnlyCollection<SimulationMonth> months,
        ReadOnlyCollection<SimulationYear> years,
        ReadOnlyCollection<Money> paymentsByRun,
        ReadOnlyCollection<Money> savingsByRun)
    {
        Contract = contract;
        Plan = plan;
        Hazards = hazards;
        Runs = runs;
        Seed = seed;
        SupportCode = supportCode;
        Months = months;
        Years = years;
        PaymentsByRun = paymentsByRun;
        SavingsByRun = savingsByRun;
        TotalPayments = PercentileBand.Of(paymentsByRun.Select(m => m.Cents).ToArray());
        TotalSavings = PercentileBand.Of(savingsByRun.Select(m => m.Cents).ToArray());
    }

    /// <summary>The contract each run was settled under.</summary>
    public Contract Contract { get; }

    /// <summary>The planned cohort and the horizon.</summary>
    public CohortPlan Plan { get; }

    /// <summary>The hazards the spells were drawn from.</summary>
    public Hazards Hazards { get; }

    /// <summary>The number of runs.</summary>
    public int Runs { get; }

    /// <summary>The seed: the same seed, plan, hazards, contract and runs give the same result.</summary>
    public int Seed { get; }

    /// <summary>The benefit code the simulated support spells carry: the first code the contract maps to support, by code points.</summary>
    public string SupportCode { get; }

    /// <summary>
    /// Every calendar month from the first intake month (or a delivery fee's first month, if earlier) to the horizon's
    /// month, in order.
    /// </summary>
    public ReadOnlyCollection<SimulationMonth> Months { get; }

    /// <summary>The calendar years of <see cref="Months"/>, in order: the bands of each run's sum over the year's months.</summary>
    public ReadOnlyCollection<SimulationYear> Years { get; }

    /// <summary>
    /// The percentiles of each run's total payable over all months. A percentile of the runs' totals, not the sum of the
    /// months' percentiles: the months of one run go together.
    /// </summary>
    public PercentileBand TotalPayments { get; }

    /// <summary>The percentiles of each run's total gross saving (<see cref="SettlementResult.GrossSaving"/>).</summary>
    public PercentileBand TotalSavings { get; }

    /// <summary>Each run's total payable, in run order.</summary>
    public ReadOnlyCollection<Money> PaymentsByRun { get; }

    /// <summary>Each run's total gross saving, in run order.</summary>
    public ReadOnlyCollection<Money> SavingsByRun { get; }

    /// <summary>The percentiles of each run's total municipal saving (<see cref="SettlementResult.MunicipalSaving"/>); null where the contract has no <c>municipal_share</c>.</summary>
    public PercentileBand? TotalMunicipalSavings { get; internal init; }

    /// <summary>The percentiles of each run's total state saving (its gross less its municipal saving); null where the contract has no <c>municipal_share</c>.</summary>
    public PercentileBand? TotalStateSavings { get; internal init; }
}
