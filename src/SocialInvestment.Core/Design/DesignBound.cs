namespace SocialInvestment;

/// <summary>Which side of its bound a <see cref="DesignCondition"/> wants a measure on; the bound itself always meets it.</summary>
public enum DesignBound
{
    /// <summary><c>at_least</c>: the measure is the bound or more.</summary>
    AtLeast,

    /// <summary><c>at_most</c>: the measure is the bound or less.</summary>
    AtMost,
}
