namespace SocialInvestment;

/// <summary>
/// One participant's time to a trigger, for a Kaplan–Meier curve: the days from the window start to the date the
/// trigger was met, or, where it was not, to the last day they were observed (censored). See
/// <see cref="Evidence.TimesTo"/> for the rule and docs/evidence.md.
/// </summary>
/// <param name="Days">Days from the window start, at least 0.</param>
/// <param name="Met">True where the trigger was met after <paramref name="Days"/> days; false where the participant was last observed then without meeting it (censored).</param>
public readonly record struct TimeToOutcome(int Days, bool Met);
