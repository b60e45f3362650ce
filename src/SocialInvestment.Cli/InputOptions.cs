using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>The options that name a settlement's input files, shared by every command that reads them.</summary>
internal sealed class InputOptions
{
    internal Option<FileInfo> Contract { get; } = new("--contract") { Description = "The contract (JSON, SPEC §2)", Required = true };

    internal Option<FileInfo> Participants { get; } = new("--participants") { Description = "participants.csv: the cohort", Required = true };

    internal Option<FileInfo?> Spells { get; } = new("--spells") { Description = "spells.csv: benefit spells (needed by sustained, count and education triggers and shares of savings)" };

    internal Option<FileInfo?> Events { get; } = new("--events") { Description = "events.csv: evidenced outcomes, for event triggers" };

    internal Option<FileInfo?> PseudonymKey { get; } = new("--pseudonym-key") { Description = "A key file for turning CPR numbers into pseudonyms (HMAC-SHA256); needed when an input has a cpr column" };

    internal static Option<LocalDate?> AsOf(bool required) => new("--as-of")
    {
        Description = "The data extraction date, yyyy-MM-dd: nothing after it is known",
        Required = required,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"--as-of: expected an ISO date yyyy-MM-dd, found '{text}'.");
                return null;
            }

            return parsed.Value;
        },
    };

    internal void AddTo(Command command)
    {
        command.Options.Add(Contract);
        command.Options.Add(Participants);
        command.Options.Add(Spells);
        command.Options.Add(Events);
        command.Options.Add(PseudonymKey);
    }

    internal InputPaths Read(ParseResult parse) => new(
        parse.GetValue(Contract)!,
        parse.GetValue(Participants)!,
        parse.GetValue(Spells),
        parse.GetValue(Events),
        parse.GetValue(PseudonymKey));
}

/// <summary>The input files a command was given; <paramref name="Investments"/> only by <c>sib economics</c>.</summary>
internal sealed record InputPaths(FileInfo Contract, FileInfo Participants, FileInfo? Spells, FileInfo? Events, FileInfo? PseudonymKey, FileInfo? Ledger = null, FileInfo? Investments = null);
