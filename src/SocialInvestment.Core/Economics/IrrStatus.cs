namespace SocialInvestment;

/// <summary>What the search for an internal rate of return found (docs/economics.md).</summary>
public enum IrrStatus
{
    /// <summary>Exactly one rate in the bracket makes the net present value 0.</summary>
    Found,

    /// <summary>Several rates do (the flows change sign more than once); the one nearest 0.1 is given, and all are listed.</summary>
    SeveralFound,

    /// <summary>There are no flows, or they net to 0 on every date: every rate gives 0, so none is the rate.</summary>
    NoFlows,

    /// <summary>Every flow is money out, or every flow is money in: no rate makes their value 0.</summary>
    OneSign,

    /// <summary>The flows change sign, but no rate in the bracket makes their value 0.</summary>
    NoRoot,
}
