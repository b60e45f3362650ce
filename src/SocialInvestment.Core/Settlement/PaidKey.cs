namespace SocialInvestment;

/// <summary>A ledger key of one participant, as ranks, with what was paid for it in hundredths.</summary>
internal readonly record struct PaidKey(short Payment, short Period, long Cents);
