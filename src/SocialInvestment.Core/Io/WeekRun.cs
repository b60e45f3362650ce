namespace SocialInvestment.Io;

/// <summary>
/// Consecutive weeks <c>First … Last</c> (week numbers, <see cref="IsoWeekText.Number"/>) of one code for one person.
/// </summary>
/// <param name="Person">The person's entry in the piece's <see cref="PersonKeys"/>.</param>
/// <param name="Code">The code's number in the piece's <see cref="WeekCodes"/>.</param>
/// <param name="First">The first week.</param>
/// <param name="Last">The last week.</param>
internal readonly record struct WeekRun(int Person, int Code, int First, int Last);
