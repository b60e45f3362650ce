namespace SocialInvestment;

/// <summary>
/// What a payment's cohort gate found as of a date (docs/calculation.md, "Cohort gate"): for each cohort and for the
/// pooled test, the counts compared and whether the test passed; summary.json writes it as <c>gates</c>, so that an
/// auditor sees why lines are withheld. Made by <see cref="Settlement.Run"/>; read it from
/// <see cref="SettlementResult.Gates"/>.
/// </summary>
public sealed class GateResult
{
    internal GateResult(string paymentId, CohortGate gate, IReadOnlyList<GateCohortResult> cohorts, GatePooledResult? pooled)
    {
        PaymentId = paymentId;
        Gate = gate;
        Cohorts = cohorts;
        Pooled = pooled;
    }

    /// <summary>The gated payment's id.</summary>
    public string PaymentId { get; }

    /// <summary>The gate.</summary>
    public CohortGate Gate { get; }

    /// <summary>Every cohort of the gate's evaluation dates, by evaluation date, then cohort (code points).</summary>
    public IReadOnlyList<GateCohortResult> Cohorts { get; }

    /// <summary>The pooled test, or null where the gate has none.</summary>
    public GatePooledResult? Pooled { get; }
}
