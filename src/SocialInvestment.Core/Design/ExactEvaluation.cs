using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// One candidate contract settled exactly on every run of a projection (docs/design.md, "Exact evaluation"): the runs
/// drawn as <see cref="Simulation.Run"/> draws them for the same plan, hazards, runs and seed (the same spells for every
/// candidate), each settled by <see cref="Settlement.Run"/> as of the horizon and priced for both sides by
/// <see cref="Economics.Of"/>. These are the figures a design reports for a contract it recommends or writes out.
/// </summary>
public sealed class ExactEvaluation
{
    private ExactEvaluation(DesignRun[] runs, long[] payments, long[] savings, long[]? municipalSavings)
    {
        Runs = Array.AsReadOnly(runs);
        Measures = DesignMeasures.Of(Runs);
        Payments = PercentileBand.Of(payments);
        Savings = PercentileBand.Of(savings);
        MunicipalSavings = municipalSavings is null ? null : PercentileBand.Of(municipalSavings);
    }

    /// <summary>Each run's figures, in run order.</summary>
    public ReadOnlyCollection<DesignRun> Runs { get; }

    /// <summary>The candidate's measures over <see cref="Runs"/> (<see cref="DesignMeasures.Of"/>).</summary>
    public DesignMeasures Measures { get; }

    /// <summary>The percentiles of each run's total payable: <see cref="SimulationResult.TotalPayments"/> for the same contract, plan, hazards, runs and seed.</summary>
    public PercentileBand Payments { get; }

    /// <summary>The percentiles of each run's gross saving: <see cref="SimulationResult.TotalSavings"/> for the same contract, plan, hazards, runs and seed.</summary>
    public PercentileBand Savings { get; }

    /// <summary>
    /// The percentiles of each run's municipal saving: <see cref="SimulationResult.TotalMunicipalSavings"/> for the same
    /// arguments; null where the contract has no <c>municipal_share</c>.
    /// </summary>
    public PercentileBand? MunicipalSavings { get; }

    /// <summary>
    /// Settles <paramref name="contract"/> on every run. Run r's <see cref="DesignRun"/>: the payer's net saving
    /// (<see cref="MunicipalPayerView.NetSaving"/> where the contract has a <c>municipal_share</c>, else
    /// <see cref="PayerView.NetSaving"/>), the total payable, the investor's <see cref="IrrResult.Rate"/> (null where the
    /// flows have none) and <see cref="InvestorView.MoneyMultiple"/> (null where nothing was invested), of
    /// <see cref="Economics.Of"/> with <paramref name="investments"/> and each line paid <c>payment_days</c> after its date.
    /// </summary>
    /// <param name="contract">The candidate, as <see cref="Simulation.Run"/> takes a contract.</param>
    /// <param name="plan">The planned cohort and the horizon.</param>
    /// <param name="hazards">The monthly chances of leaving and returning to support.</param>
    /// <param name="runs">How many runs, 1 to <see cref="Simulation.MaxRuns"/>.</param>
    /// <param name="seed">The seed, as <see cref="Simulation.Run"/> takes it: the same seed draws the same runs for every candidate.</param>
    /// <param name="investments">The investor's money, as <c>sib economics</c> takes it (investments.csv); the same on every run.</param>
    /// <param name="options">How to do the work; null for the defaults. Never changes the result.</param>
    /// <exception cref="ArgumentException">As <see cref="Simulation.Run"/>.</exception>
    /// <exception cref="OverflowException">As <see cref="Simulation.Run"/>.</exception>
    public static ExactEvaluation Of(Contract contract, CohortPlan plan, Hazards hazards, int runs, int seed, IReadOnlyList<Investment> investments, SimulationOptions? options = null)
    {
        Preconditions.CheckNotNull(investments, nameof(investments));
        (DesignRun Run, long Saving, long? Municipal)[] settled = Simulation.SettleRuns(contract, plan, hazards, runs, seed, options, result =>
        {
            EconomicsResult economics = Economics.Of(result, investments);
            PayerView payer = economics.Payer;
            Money net = payer.Municipality is { } municipality ? municipality.NetSaving : payer.NetSaving;
            // The investor's IRR as Economics.Of's IrrResult gives it, bit for bit (XirrSearch), from 10 % rather than by the whole grid.
            double? irr = new XirrSearch().Find(economics.Investor.Flows, XirrSearch.GridIndex(0.1)).Rate;
            var run = new DesignRun(net, payer.Payments, irr, economics.Investor.MoneyMultiple);
            return (run, result.GrossSaving.Cents, result.MunicipalSaving?.Cents);
        });
        return new ExactEvaluation(
            settled.Select(s => s.Run).ToArray(),
            settled.Select(s => s.Run.Payments.Cents).ToArray(),
            settled.Select(s => s.Saving).ToArray(),
            contract.MunicipalShare is null ? null : settled.Select(s => s.Municipal!.Value).ToArray());
    }

    /// <summary>
    /// <see cref="Of"/> under <paramref name="stress"/> (docs/design.md, "Under stress"): the contract settled on every run
    /// of the stressed plan and hazards (<see cref="StressScenario.Apply(CohortPlan)"/>,
    /// <see cref="StressScenario.Apply(Hazards)"/>), with the same runs, seed and investments. The stressed plan has other
    /// persons, so its runs draw other spells than the plan's: the same seed repeats the stress, it does not pair run r
    /// with the plan's run r.
    /// </summary>
    /// <param name="stress">The stress.</param>
    /// <param name="contract">The candidate, as <see cref="Of"/> takes it.</param>
    /// <param name="plan">The plan before the stress.</param>
    /// <param name="hazards">The hazards before the stress.</param>
    /// <param name="runs">How many runs, as <see cref="Of"/>.</param>
    /// <param name="seed">The seed, as <see cref="Of"/>.</param>
    /// <param name="investments">The investor's money, as <see cref="Of"/>: the same under stress.</param>
    /// <param name="options">How to do the work; null for the defaults. Never changes the result.</param>
    /// <exception cref="ArgumentException">As <see cref="Of"/>.</exception>
    /// <exception cref="OverflowException">As <see cref="Of"/>.</exception>
    public static ExactEvaluation UnderStress(StressScenario stress, Contract contract, CohortPlan plan, Hazards hazards, int runs, int seed, IReadOnlyList<Investment> investments, SimulationOptions? options = null)
    {
        Preconditions.CheckNotNull(stress, nameof(stress));
        return Of(contract, stress.Apply(plan), stress.Apply(hazards), runs, seed, investments, options);
    }
}
