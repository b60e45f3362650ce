namespace SocialInvestment;

/// <summary>
/// One step of a <see cref="MunicipalShare"/> (SPEC-DK DK5): from the <see cref="FromWeek"/>-th week on support (counted
/// as the municipality's financing counts them), the municipality bears <see cref="Share"/> of a saving.
/// </summary>
/// <param name="FromWeek">The first counted week the step applies to; ≥ 1.</param>
/// <param name="Share">The municipality's share, in [0, 1].</param>
public readonly record struct MunicipalShareStep(int FromWeek, Share Share);
