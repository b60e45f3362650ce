namespace SocialInvestment;

/// <summary>Consecutive observed weeks of the window with the same self-support and education flag.</summary>
/// <param name="FirstWeek">The first week's index k (0 = the week starting on the window start).</param>
/// <param name="Count">How many weeks, ≥ 1.</param>
/// <param name="SelfSupport">The weeks' self-support (SPEC §5).</param>
/// <param name="Education">Whether each of the weeks holds an education day.</param>
internal readonly record struct WeekRun(int FirstWeek, int Count, SelfSupport SelfSupport, bool Education);
