using System.CommandLine;
using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>The options that name a settlement's input files, shared by every command that reads them.</summary>
internal sealed class InputOptions
{
    internal Option<FileInfo> Contract { get; } = new("--contract") { Description = "The contract (JSON, SPEC §2)", Required = true };

    internal Option<FileInfo> Participants { get; } = new("--participants") { Description = "participants.csv: the cohort", Required = true };

    internal Option<FileInfo?> Spells { get; } = new("--spells") { Description = "spells.csv: benefit spells (needed by sustained, count and education triggers and shares of savings)" };

    internal Option<FileInfo?> Weeks { get; } = new("--weeks")
    {
        Description = "A weeks file instead of spells.csv (SPEC-DK DK1): a DREAM extract (y_YYWW columns, grad_YYYY_MM employment rates) or a municipal weekly table (one row per person and week)",
    };

    internal Option<FileInfo?> Events { get; } = new("--events") { Description = "events.csv: evidenced outcomes, for event triggers" };

    internal Option<FileInfo?> PseudonymKey { get; } = new("--pseudonym-key") { Description = "A key file for turning CPR numbers into pseudonyms (HMAC-SHA256); needed when an input has a cpr column" };

    internal Option<FileInfo?> ComparisonParticipants { get; } = new("--comparison-participants")
    {
        Description = "participants.csv of the comparison group, for a cohort_gate with \"baseline\": \"comparison_group\" (needed exactly then): its cohort column gives the cohort each person is matched to",
    };

    internal Option<FileInfo?> ComparisonSpells { get; } = new("--comparison-spells") { Description = "spells.csv of the comparison group (needed where a trigger measures spells)" };

    internal Option<FileInfo?> ComparisonWeeks { get; } = new("--comparison-weeks") { Description = "A weeks file of the comparison group, instead of --comparison-spells" };

    internal Option<FileInfo?> ComparisonEvents { get; } = new("--comparison-events") { Description = "events.csv of the comparison group, for event triggers" };

    internal static Option<LocalDate?> AsOf(bool required) =>
        DateOption.Create("--as-of", "The data extraction date, yyyy-MM-dd: nothing after it is known", required);

    /// <summary><c>--paid</c>: the ledger of earlier settlements, for every command that settles.</summary>
    internal static Option<FileInfo?> Paid() => new("--paid") { Description = "ledger.csv: what was paid in earlier settlements (participant_id,payment,period,amount)" };

    /// <summary><c>--out</c>: the folder a command writes <paramref name="what"/> to, moved into place only when all of it is written.</summary>
    internal static Option<DirectoryInfo> Out(string what) => new("--out") { Description = $"The folder to write {what} to", Required = true };

    internal void AddTo(Command command)
    {
        command.Options.Add(Contract);
        command.Options.Add(Participants);
        command.Options.Add(Spells);
        command.Options.Add(Weeks);
        command.Options.Add(Events);
        command.Options.Add(PseudonymKey);
        command.Options.Add(ComparisonParticipants);
        command.Options.Add(ComparisonSpells);
        command.Options.Add(ComparisonWeeks);
        command.Options.Add(ComparisonEvents);
    }

    internal InputPaths Read(ParseResult parse) => new(
        parse.GetValue(Contract)!,
        parse.GetValue(Participants)!,
        parse.GetValue(Spells),
        parse.GetValue(Events),
        parse.GetValue(PseudonymKey))
    {
        Weeks = parse.GetValue(Weeks),
        ComparisonWeeks = parse.GetValue(ComparisonWeeks),
        ComparisonParticipants = parse.GetValue(ComparisonParticipants),
        ComparisonSpells = parse.GetValue(ComparisonSpells),
        ComparisonEvents = parse.GetValue(ComparisonEvents),
    };
}

/// <summary>The input files a command was given; <paramref name="Investments"/> only by <c>sib economics</c>.</summary>
internal sealed record InputPaths(FileInfo Contract, FileInfo Participants, FileInfo? Spells, FileInfo? Events, FileInfo? PseudonymKey, FileInfo? Ledger = null, FileInfo? Investments = null)
{
    /// <summary>participants.csv of the comparison group of a cohort gate against a comparison group (docs/calculation.md, "Cohort gate").</summary>
    internal FileInfo? ComparisonParticipants { get; init; }

    /// <summary>A weeks file of the cohort (SPEC-DK DK1), instead of <see cref="Spells"/>.</summary>
    internal FileInfo? Weeks { get; init; }

    /// <summary>A weeks file of the comparison group, instead of <see cref="ComparisonSpells"/>.</summary>
    internal FileInfo? ComparisonWeeks { get; init; }

    /// <summary>spells.csv of the comparison group.</summary>
    internal FileInfo? ComparisonSpells { get; init; }

    /// <summary>events.csv of the comparison group.</summary>
    internal FileInfo? ComparisonEvents { get; init; }
}
