namespace SocialInvestment;

/// <summary>
/// An internal rate of return as spreadsheets' XIRR defines it, or why there is none (docs/economics.md). Rates are
/// annual, as fractions (0.05 is 5 % a year), with the actual/365 day count; they are <c>double</c>: a root of a sum of
/// powers is no exact amount of money.
/// </summary>
public sealed class IrrResult
{
    internal IrrResult(IrrStatus status, IReadOnlyList<double> roots, double? rate, string explanation)
    {
        Status = status;
        Roots = roots;
        Rate = rate;
        Explanation = explanation;
    }

    /// <summary>What the search found.</summary>
    public IrrStatus Status { get; }

    /// <summary>The rate: the only root, or of several the one nearest 0.1 (the lower where two are as near); null where there is none.</summary>
    public double? Rate { get; }

    /// <summary>Every root found in the bracket, ascending; empty where there is none.</summary>
    public IReadOnlyList<double> Roots { get; }

    /// <summary>One sentence for people: which rate was chosen and why, or why there is none.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
