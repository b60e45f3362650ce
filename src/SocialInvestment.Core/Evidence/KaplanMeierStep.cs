namespace SocialInvestment;

/// <summary>
/// One day of a Kaplan–Meier curve on which someone met the trigger or was censored (docs/evidence.md, "Time to outcome").
/// The curve holds its value until the next step.
/// </summary>
public sealed class KaplanMeierStep
{
    internal KaplanMeierStep(int days, int atRisk, int met, int censored, double survival, double? standardError)
    {
        Days = days;
        AtRisk = atRisk;
        Met = met;
        Censored = censored;
        Survival = survival;
        StandardError = standardError;
    }

    /// <summary>t: days from the window start.</summary>
    public int Days { get; }

    /// <summary>n(t): how many had neither met the trigger nor been censored before day t.</summary>
    public int AtRisk { get; }

    /// <summary>d(t): how many met it on day t.</summary>
    public int Met { get; }

    /// <summary>c(t): how many were censored on day t (last observed then without meeting it); they count as at risk on day t.</summary>
    public int Censored { get; }

    /// <summary>S(t): the estimated share who have not met the trigger by day t, Π over steps u ≤ t of (1 − d(u)/n(u)).</summary>
    public double Survival { get; }

    /// <summary>1 − S(t): the estimated share who have met the trigger by day t.</summary>
    public double ShareMet => 1 - Survival;

    /// <summary>
    /// Greenwood's standard error of S(t), S(t)·√(Σ d(u)/(n(u)(n(u) − d(u)))) over steps u ≤ t; null from the step on
    /// which everybody at risk met it (S = 0, where the formula divides by 0).
    /// </summary>
    public double? StandardError { get; }
}
