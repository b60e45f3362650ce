namespace SocialInvestment;

/// <summary>A ledger key of one participant, as ranks, with what was paid for it in hundredths (<see cref="LedgerMerge"/> joins it to the lines).</summary>
internal readonly record struct PaidKey(short Payment, short Period, long Cents);
