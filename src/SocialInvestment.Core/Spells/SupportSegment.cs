namespace SocialInvestment;

/// <summary>
/// A run of days with one support level <c>s(d)</c> (SPEC §4) and one education flag. Days are <see cref="DayNumber"/>s,
/// both ends included.
/// </summary>
internal readonly record struct SupportSegment(int FirstDay, int LastDay, decimal Level, bool Education)
{
    /// <summary>
    /// <c>1 − Level</c> of one day as <see cref="SupportTimeline.SelfSupportedDays"/> adds it, in whole units (computed
    /// once, not for every month the segment touches); null where the level has more decimals than
    /// <see cref="ScaledDays.MaxScale"/>.
    /// </summary>
    internal ScaledDays? SelfPerDay { get; } = ScaledDays.SelfPerDay(Level);
}
