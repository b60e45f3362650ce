namespace SocialInvestment;

/// <summary>
/// Where a participant starts on the municipal share's staircase (SPEC-DK DK5): the count c₀ of weeks on support before
/// the window and the share m in the window's first week. Held by reference, so that an outcome of a contract without a
/// municipal share carries one null reference, not the share's sixteen bytes, for each of a million participants.
/// </summary>
internal sealed class MunicipalStart(int count, Share firstWeekShare)
{
    /// <summary>c₀.</summary>
    internal int Count { get; } = count;

    /// <summary>m where c*(d) = c₀ + 1.</summary>
    internal Share FirstWeekShare { get; } = firstWeekShare;
}
