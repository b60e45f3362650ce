namespace SocialInvestment;

/// <summary>One row of a ledger of earlier payments (SPEC §8): what was paid for a line key. Amounts may be negative (a credit).</summary>
/// <param name="Key">The line key paid.</param>
/// <param name="Amount">The amount paid, in the contract's currency.</param>
public readonly record struct LedgerEntry(LineKey Key, Money Amount);
