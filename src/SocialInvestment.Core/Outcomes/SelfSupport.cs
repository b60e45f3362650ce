namespace SocialInvestment;

/// <summary>
/// How far a person supported themselves in a week (SPEC §5), ordered: <see cref="None"/> &lt; <see cref="Partial"/>
/// &lt; <see cref="Full"/>.
/// </summary>
public enum SelfSupport
{
    /// <summary>The week's support days <c>S_k</c> exceed <c>7 × partial_max_support</c>.</summary>
    None = 0,

    /// <summary><c>0 &lt; S_k ≤ 7 × partial_max_support</c>.</summary>
    Partial = 1,

    /// <summary><c>S_k = 0</c>: no support at all in the week.</summary>
    Full = 2,
}
