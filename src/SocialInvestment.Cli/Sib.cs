using System.CommandLine;

namespace SocialInvestment.Cli;

/// <summary>The <c>sib</c> command line: arguments in, files and printing out; every calculation is in the core.</summary>
internal static class Sib
{
    private const string Name = "sib";

    private const string Description = "Settles outcome-based employment contracts (social impact bonds, payment by results) exactly, from municipal exports.";

    /// <summary>Parses and runs a command line, writing to the given writers; returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="showProgress">Whether long runs show a progress line on <paramref name="error"/> (when it is a terminal).</param>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress = false)
    {
        (string Name, Func<Command> Create)[] commands =
        [
            (SettleCommand.Name, () => SettleCommand.Create(showProgress)),
            (EconomicsCommand.Name, EconomicsCommand.Create),
            (OutcomesCommand.Name, OutcomesCommand.Create),
            (EvidenceCommand.Name, EvidenceCommand.Create),
            (ReportCommand.Name, ReportCommand.Create),
            (ValidateCommand.Name, ValidateCommand.Create),
            (AuditCommand.Name, AuditCommand.Create),
            (SimulateCommand.Name, () => SimulateCommand.Create(showProgress)),
            (DesignCommand.Name, DesignCommand.Create),
            (GenerateCommand.Name, GenerateCommand.Create),
            (SchemaCommand.Name, SchemaCommand.Create),
            (KeygenCommand.Name, KeygenCommand.Create),
        ];

        // A command line that names a command needs only that command: building the other eleven, with their options and
        // texts, costs a small command milliseconds of its start. Anything else (help, a misspelt command) gets them all.
        // RootCommand brings --help, --version and the [suggest] directive, and reads its help texts through a
        // ResourceManager at every start (5–10 ms); a line that names a command and asks for none of them (nor reads more
        // arguments from a @file) is parsed under a plain root of the same name and commands, with the same results.
        bool named = args.Length > 0 && Array.Exists(commands, c => c.Name == args[0]);
        Command root = named && !Array.Exists(args, NeedsRootCommand) ? new Command(Name, Description) : new RootCommand(Description);
        foreach ((string name, Func<Command> create) in commands)
        {
            if (!named || name == args[0])
            {
                root.Subcommands.Add(create());
            }
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Try 'sib --help'.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading errors are reported by the loader; what reaches here is a folder that cannot be written.
            error.WriteLine($"error: cannot write the output: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (IsOverflow(e))
        {
            // All arithmetic is checked: amounts beyond what øre in 64 bits or a decimal hold stop the run, and nothing is written.
            error.WriteLine(
                "error: the amounts are too large to compute exactly (beyond 92233720368547758.07 in øre, or 28 digits): "
                + "check the contract's amounts, caps and monthly_cost (an indexation over many years from base_year grows fast) and the ledger");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Whether an argument asks for what only <see cref="RootCommand"/> has: help, the version, a directive, or a response file.</summary>
    private static bool NeedsRootCommand(string argument) =>
        argument is "--help" or "-h" or "/h" or "-?" or "/?" or "--version" || argument.StartsWith('@') || argument.StartsWith('[');

    private static bool IsOverflow(Exception e) =>
        e is OverflowException || (e is AggregateException all && all.Flatten().InnerExceptions.All(inner => inner is OverflowException));
}
