namespace SocialInvestment;

/// <summary>
/// A share of the realised saving, month by month, for participants whose gate trigger is met:
/// <c>round(share × (1 − deadweight) × rate × D / days_in_month)</c> per calendar month of the window up to <c>as_of</c>.
/// </summary>
public sealed class ShareOfSavingsPayment : Payment
{
    /// <summary>The bound the deadweight stays below: a deadweight of 1 would leave nothing of the saving to pay for.</summary>
    internal const decimal DeadweightCeiling = 1m;

    /// <summary>Creates a share-of-savings payment.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="gate">The id of the trigger that must be met for any month to be paid.</param>
    /// <param name="share">The share of the saving paid, in [0, 1].</param>
    /// <param name="deadweight">The share of the saving that would have happened anyway, in [0, 1).</param>
    public ShareOfSavingsPayment(string id, string gate, Share share, decimal deadweight = 0m)
        : base(id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(gate), nameof(gate), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        if (deadweight < 0m || deadweight >= DeadweightCeiling)
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

    /// <summary>
    /// Of which saving the share is paid (SPEC-DK DK5, <c>"of"</c>): <see cref="SavingsBase.Gross"/> by default;
    /// <see cref="SavingsBase.Municipality"/> needs the contract's <see cref="Contract.MunicipalShare"/>.
    /// </summary>
    public SavingsBase Of { get; init; }

    /// <inheritdoc/>
    public override string Kind => "share_of_savings";

    /// <inheritdoc/>
    internal override string? EarningTrigger => Gate;

    /// <inheritdoc/>
    internal override bool NeedsSpells => true;

    /// <inheritdoc/>
    internal override PaymentLines LinesIn(Contract contract, LineKeyTables tables, NodaTime.LocalDate asOf) => new ShareOfSavingsLines(this, contract, tables);
}
