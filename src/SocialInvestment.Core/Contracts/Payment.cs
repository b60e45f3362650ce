namespace SocialInvestment;

/// <summary>A rule that turns met triggers (and savings) into settlement lines (SPEC §7).</summary>
public abstract class Payment
{
    private protected Payment(string id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(id), nameof(id), "A payment id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Id = id;
    }

    /// <summary>The payment's id, unique in its contract.</summary>
    public string Id { get; }

    /// <summary>The kind as contract.json writes it: <c>fixed</c> or <c>share_of_savings</c>.</summary>
    public abstract string Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind})";
}

/// <summary>A fixed price per outcome (a rate card line): one line, <c>round(amount)</c>, dated the day its trigger is met.</summary>
public sealed class FixedPayment : Payment
{
    /// <summary>Creates a fixed payment.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="trigger">The id of the trigger that releases it.</param>
    /// <param name="amount">The price in the contract's currency; ≥ 0; rounded to 0.01 on the line.</param>
    public FixedPayment(string id, string trigger, decimal amount)
        : base(id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(trigger), nameof(trigger), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A fixed amount is at least 0.");
        }

        Trigger = trigger;
        Amount = amount;
    }

    /// <summary>The id of the trigger that releases the payment.</summary>
    public string Trigger { get; }

    /// <summary>The price.</summary>
    public decimal Amount { get; }

    /// <inheritdoc/>
    public override string Kind => "fixed";
}

/// <summary>
/// A share of the realised saving, month by month, for participants whose gate trigger is met:
/// <c>round(share × (1 − deadweight) × rate × D / days_in_month)</c> per calendar month of the window up to <c>as_of</c>.
/// </summary>
public sealed class ShareOfSavingsPayment : Payment
{
    /// <summary>Creates a share-of-savings payment.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="gate">The id of the trigger that must be met for any month to be paid.</param>
    /// <param name="share">The share of the saving paid, in [0, 1].</param>
    /// <param name="deadweight">The share of the saving that would have happened anyway, in [0, 1).</param>
    public ShareOfSavingsPayment(string id, string gate, Share share, decimal deadweight = 0m)
        : base(id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(gate), nameof(gate), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        if (deadweight < 0m || deadweight >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(deadweight), deadweight, "Deadweight is at least 0 and less than 1.");
        }

        Gate = gate;
        Share = share;
        Deadweight = deadweight;
    }

    /// <summary>The gate trigger's id.</summary>
    public string Gate { get; }

    /// <summary>The share of the saving that is paid.</summary>
    public Share Share { get; }

    /// <summary>The share of the saving that would have happened anyway.</summary>
    public decimal Deadweight { get; }

    /// <inheritdoc/>
    public override string Kind => "share_of_savings";
}
