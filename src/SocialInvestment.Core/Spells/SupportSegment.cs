namespace SocialInvestment;

/// <summary>
/// A run of days with one support level <c>s(d)</c> (SPEC §4) and one education flag. Days are <see cref="DayNumber"/>s,
/// both ends included.
/// </summary>
internal readonly record struct SupportSegment(int FirstDay, int LastDay, decimal Level, bool Education);
