namespace SocialInvestment;

/// <summary>Maximum payments (SPEC §8), in the contract's currency; null means no cap.</summary>
public sealed class Caps
{
    /// <summary>No cap at all.</summary>
    public static Caps None { get; } = new();

    /// <summary>Creates caps.</summary>
    /// <param name="perParticipant">The most paid for one participant, over all payments; ≥ 0, or null.</param>
    /// <param name="total">The most paid in total; ≥ 0, or null.</param>
    public Caps(Money? perParticipant = null, Money? total = null)
    {
        Preconditions.CheckArgument(perParticipant is null || perParticipant.Value >= Money.Zero, nameof(perParticipant), "A cap is at least 0.");
        Preconditions.CheckArgument(total is null || total.Value >= Money.Zero, nameof(total), "A cap is at least 0.");
        PerParticipant = perParticipant;
        Total = total;
    }

    /// <summary>The per-participant cap, or null.</summary>
    public Money? PerParticipant { get; }

    /// <summary>The total cap, or null.</summary>
    public Money? Total { get; }
}
