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

    /// <summary>The kind as contract.json writes it: <c>fixed</c>, <c>share_of_savings</c>, <c>delivery_fee</c> or <c>per_week</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Caps on this payment alone (docs/calculation.md, "Payment caps"); null for none (SPEC v1).</summary>
    public PaymentCap? Cap { get; init; }

    /// <summary>A cohort gate that withholds the payment's lines until a cohort is evaluated (docs/calculation.md, "Cohort gate"); null for none (SPEC v1).</summary>
    public CohortGate? CohortGate { get; init; }

    /// <summary>The id of the trigger whose being met earns the payment's lines; null where none does (a delivery fee).</summary>
    internal abstract string? EarningTrigger { get; }

    /// <summary>Whether the payment's lines are made from benefit spells (a saving), so the contract needs spells.csv.</summary>
    internal virtual bool NeedsSpells => false;

    /// <summary>Whether the payment's lines are made from the participant's classified window weeks, so settlement keeps them (a price per week).</summary>
    internal virtual bool NeedsWeekRuns => false;

    /// <summary>How this payment makes its lines in a settlement: the kind's own rule (SPEC §7), in a file named after it.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="asOf">The data extraction date.</param>
    internal abstract PaymentLines LinesIn(Contract contract, LineKeyTables tables, NodaTime.LocalDate asOf);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind})";
}
