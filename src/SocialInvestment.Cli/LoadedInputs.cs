using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>Everything read from a settlement's input files, with the files' hashes for the summary.</summary>
internal sealed record LoadedInputs(
    Contract Contract,
    IReadOnlyList<Participant> Participants,
    InputRows<BenefitSpell>? Spells,
    InputRows<OutcomeEvent>? Events,
    Ledger? Ledger,
    int LedgerRows,
    IReadOnlyList<InputFile> Files)
{
    /// <summary>The rows of investments.csv, where <c>sib economics</c> read it.</summary>
    internal IReadOnlyList<Investment>? Investments { get; init; }

    /// <summary>The weeks file the cohort's spells came from (SPEC-DK DK1), or null where they came from spells.csv or none was given.</summary>
    internal WeeksExtract? Weeks { get; init; }

    /// <summary>The cohort's monthly employment rates: a wide weeks file's <c>grad_</c> columns, where a trigger measures them; none otherwise.</summary>
    internal EmploymentRates EmploymentRates { get; init; } = EmploymentRates.None;

    /// <summary>The comparison group read, or null where none was given (docs/calculation.md, "Cohort gate").</summary>
    internal LoadedComparison? Comparison { get; init; }

    /// <summary>The cohort measured by the contract's triggers as of <paramref name="asOf"/>, on its spells, events and employment rates.</summary>
    internal IReadOnlyList<ParticipantOutcome> EvaluateOutcomes(LocalDate asOf) =>
        Outcomes.Evaluate(Contract, Participants, Spells?.Items ?? [], Events?.Items ?? [], asOf, employmentRates: EmploymentRates);

    internal InputCounts Counts => new(
        Spells?.TotalRows ?? 0,
        Spells?.SkippedRows ?? 0,
        Events?.TotalRows ?? 0,
        Events?.SkippedRows ?? 0,
        LedgerRows)
    {
        Weeks = Weeks,
    };
}

/// <summary>The comparison group's files as read: its people, and their spells and events where given.</summary>
internal sealed record LoadedComparison(IReadOnlyList<Participant> Participants, InputRows<BenefitSpell>? Spells, InputRows<OutcomeEvent>? Events)
{
    /// <summary>The weeks file the group's spells came from, or null.</summary>
    internal WeeksExtract? Weeks { get; init; }

    /// <summary>The group's monthly employment rates, where a trigger measures them; none otherwise, and without a wide weeks file.</summary>
    internal EmploymentRates EmploymentRates { get; init; } = EmploymentRates.None;

    /// <summary>The group measured by <paramref name="contract"/>'s triggers as the cohort is, each person from their own window.</summary>
    internal IReadOnlyList<ParticipantOutcome> EvaluateOutcomes(Contract contract, LocalDate asOf) =>
        Outcomes.Evaluate(contract, Participants, Spells?.Items ?? [], Events?.Items ?? [], asOf, employmentRates: EmploymentRates);

    internal ComparisonGroup ToGroup() => new(Participants, Spells?.Items ?? [], Events?.Items ?? []) { EmploymentRates = EmploymentRates };
}
