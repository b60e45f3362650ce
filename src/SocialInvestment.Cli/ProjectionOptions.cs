using System.CommandLine;
using System.Globalization;
using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// The options of a projection, shared by <c>sib simulate</c> and <c>sib design</c>: the contract, one source of hazards
/// (a file, a constant pair, or an earlier cohort), the plan (--intake or --planned), the horizon, the runs and the seed.
/// </summary>
internal sealed class ProjectionOptions
{
    private readonly Option<FileInfo> _contract;
    private readonly Option<FileInfo?> _hazards = new("--hazards") { Description = "hazards.csv: month,leave,return for months 1, 2, … since the start (the last month repeats)" };
    private readonly Option<double?> _leave = Probability("--leave", "The probability of leaving support in any month (with --return)");
    private readonly Option<double?> _back = Probability("--return", "The probability of returning to support in any month (with --leave)");
    private readonly Option<FileInfo?> _estimateParticipants = new("--estimate-participants") { Description = "participants.csv of an earlier cohort to estimate the hazards from" };
    private readonly Option<FileInfo?> _estimateSpells = new("--estimate-spells") { Description = "spells.csv of that earlier cohort" };
    private readonly Option<FileInfo?> _estimateWeeks = new("--estimate-weeks") { Description = "A weeks file of that earlier cohort (SPEC-DK DK1), instead of --estimate-spells" };
    private readonly Option<LocalDate?> _estimateAsOf = DateOption.Create("--estimate-as-of", "The earlier cohort's data extraction date, yyyy-MM-dd", required: false);
    private readonly Option<FileInfo?> _key = new("--pseudonym-key") { Description = "A key file for the CPR numbers of the earlier cohort's files" };
    private readonly Option<int> _minimumAtRisk = WholeNumberOption.Create(
        "--minimum-at-risk",
        "The fewest at risk that an estimated month's hazard stands on; thinner months are pooled with the next (default 10)",
        "a whole number of at least 1",
        n => n >= 1,
        defaultValue: HazardEstimate.DefaultMinimumAtRisk);
    private readonly Option<string?> _intake = new("--intake")
    {
        Description = "Who starts when: MONTH:COUNT[:COHORT], comma-separated, such as 2026-01:20,2026-02:20 (or --planned)",
    };
    private readonly Option<FileInfo?> _planned = new("--planned")
    {
        Description = "planned.csv instead of --intake: one row per planned person, start (yyyy-MM or a date), support_weeks_before, optional monthly_cost and municipality",
    };
    private readonly Option<LocalDate?> _horizon = DateOption.Create("--horizon", "The last day projected, yyyy-MM-dd: the as_of of every simulated settlement", required: true);
    private readonly Option<int> _runs = WholeNumberOption.Create("--runs", "How many runs (default 1000)", string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {Simulation.MaxRuns}"), n => n is >= 1 and <= Simulation.MaxRuns, defaultValue: 1000);
    private readonly Option<int> _seed = WholeNumberOption.Create("--seed", "The seed: the same seed gives the same output (default 1)", "a whole number", _ => true, defaultValue: 1);

    /// <param name="contractDescription">What --contract is, for the help.</param>
    internal ProjectionOptions(string contractDescription)
    {
        _contract = new("--contract") { Description = contractDescription, Required = true };
    }

    /// <summary>Adds the options to <paramref name="command"/>, in the order the help lists them.</summary>
    internal void AddTo(Command command)
    {
        Option[] all = [_contract, _hazards, _leave, _back, _estimateParticipants, _estimateSpells, _estimateWeeks, _estimateAsOf, _key, _minimumAtRisk, _intake, _planned, _horizon, _runs, _seed];
        foreach (Option option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request the command line gives.</summary>
    internal SimulationRequest Read(ParseResult parse) =>
        new(parse.GetValue(_contract)!, parse.GetValue(_intake), parse.GetValue(_horizon)!.Value, parse.GetValue(_runs), parse.GetValue(_seed))
        {
            Planned = parse.GetValue(_planned),
            Hazards = parse.GetValue(_hazards),
            Leave = parse.GetValue(_leave),
            Return = parse.GetValue(_back),
            EstimateParticipants = parse.GetValue(_estimateParticipants),
            EstimateSpells = parse.GetValue(_estimateSpells),
            EstimateWeeks = parse.GetValue(_estimateWeeks),
            EstimateAsOf = parse.GetValue(_estimateAsOf),
            PseudonymKey = parse.GetValue(_key),
            MinimumAtRisk = parse.GetValue(_minimumAtRisk),
        };

    private static Option<double?> Probability(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value > 1m)
            {
                result.AddError($"{name}: expected a probability from 0 to 1, such as 0.05, found '{text}'.");
                return null;
            }

            return (double)value;
        },
    };
}
