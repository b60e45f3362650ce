using System.Diagnostics;
using System.Text.RegularExpressions;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// Runs one case and checks what every input must end in: a value, or input errors that each name the file, a line
/// within it and a column, in one short line with no CPR-like digits, in file order, at most
/// <see cref="ReadResult.MaxErrors"/> and a final note; never an exception, and never longer than
/// <see cref="FuzzSettings.Timeout"/>.
/// </summary>
internal static partial class FuzzOracle
{
    /// <summary>The longest message allowed: a message quotes at most a short cut of any value.</summary>
    internal const int MaxMessageLength = 400;

    /// <summary>
    /// Reads the case's bytes with its reader, on another thread, and checks the result; throws on a failure. An
    /// <paramref name="untimed"/> case (a warm-up) may take as long as it takes.
    /// </summary>
    internal static void Check(FuzzCase fuzzCase, FuzzStats stats, bool untimed = false)
    {
        byte[] bytes = fuzzCase.Bytes();
        string fileName = FuzzSeeds.FileName(fuzzCase.Target);
        var watch = Stopwatch.StartNew();
        Task<(bool Succeeded, IReadOnlyList<InputError> Errors)> reading = Task.Run(() => Read(fuzzCase, bytes, fileName));
        try
        {
            if (!reading.Wait(untimed ? Timeout.InfiniteTimeSpan : FuzzSettings.Timeout))
            {
                throw new FuzzFailure($"the reader took more than {FuzzSettings.Timeout.TotalSeconds} s on {bytes.Length} bytes", fuzzCase);
            }
        }
        catch (AggregateException e)
        {
            throw new FuzzFailure($"the reader threw {e.InnerException}", fuzzCase);
        }

        watch.Stop();
        var (succeeded, errors) = reading.Result;
        string? problem = Problem(succeeded, errors, bytes, fileName);
        if (problem is not null)
        {
            throw new FuzzFailure(problem, fuzzCase);
        }

        stats.Add(fuzzCase, bytes.Length, succeeded, watch.Elapsed);
    }

    /// <summary>What is wrong with a reader's result for <paramref name="bytes"/>, or null.</summary>
    internal static string? Problem(bool succeeded, IReadOnlyList<InputError> errors, byte[] bytes, string fileName)
    {
        if (succeeded)
        {
            return errors.Count == 0 ? null : "a success with errors";
        }

        if (errors.Count == 0)
        {
            return "a failure without errors";
        }

        if (errors.Count > ReadResult.MaxErrors + 1)
        {
            return $"{errors.Count} errors, more than {ReadResult.MaxErrors} and the final note";
        }

        int lines = 1 + bytes.Count(b => b is (byte)'\n' or (byte)'\r');
        int previousLine = 0;
        foreach (InputError error in errors)
        {
            string? wrong =
                error.File != fileName ? $"the error names the file '{error.File}'"
                : error.Line < 0 || error.Line > lines ? $"line {error.Line} is outside the file's {lines} lines"
                : error.Column < 0 || error.Column > bytes.Length + 1 ? $"column {error.Column} is outside the file"
                : error.Line < previousLine ? $"line {error.Line} comes after line {previousLine}: the errors are not in file order"
                : string.IsNullOrWhiteSpace(error.Message) ? "an empty message"
                : error.Message.Length > MaxMessageLength ? $"a message of {error.Message.Length} characters, more than {MaxMessageLength}"
                : error.Message.AsSpan().IndexOfAny('\r', '\n') >= 0 ? "a message of more than one line"
                : CprLike().IsMatch(error.Message) ? "a message with digits that may be a CPR number"
                : null;
            if (wrong is not null)
            {
                return $"{wrong}: {Shown(error)}";
            }

            previousLine = error.Line;
        }

        return null;
    }

    private static string Shown(InputError error)
    {
        string text = error.ToString();
        return text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
    }

    private static (bool Succeeded, IReadOnlyList<InputError> Errors) Read(FuzzCase fuzzCase, byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        PseudonymKey? key = fuzzCase.WithKey ? FuzzSeeds.Key : null;
        return fuzzCase.Target switch
        {
            FuzzTarget.Participants => Outcome(ParticipantsCsv.Read(stream, fileName, key)),
            FuzzTarget.Spells => Outcome(Materialized(SpellsCsv.Read(stream, fileName, fuzzCase.Lenient ? FuzzSeeds.LenientContract : FuzzSeeds.StrictContract, FuzzSeeds.Cohort, key))),
            FuzzTarget.Events => Outcome(EventsCsv.Read(stream, fileName, FuzzSeeds.Cohort, key)),
            FuzzTarget.Ledger => Outcome(LedgerCsv.Read(stream, fileName)),
            FuzzTarget.Contract => Outcome(ContractJson.Read(stream, fileName)),
            FuzzTarget.Investments => Outcome(InvestmentsCsv.Read(stream, fileName)),
            FuzzTarget.Weeks => Outcome(Materialized(WeeksCsv.Read(stream, fileName, fuzzCase.Lenient ? FuzzSeeds.LenientContract : FuzzSeeds.StrictContract, FuzzSeeds.Cohort, key))),
            _ => throw new InvalidOperationException(fuzzCase.Target.ToString()),
        };
    }

    /// <summary>The result with every spell made: the store makes them on demand, and that must not fail either.</summary>
    private static ReadResult<InputRows<BenefitSpell>> Materialized(ReadResult<InputRows<BenefitSpell>> result)
    {
        foreach (BenefitSpell spell in result.Value?.Items ?? [])
        {
            GC.KeepAlive(spell);
        }

        return result;
    }

    /// <summary>The result with every spell made and every rate read, as a settlement would use them.</summary>
    private static ReadResult<WeeksInput> Materialized(ReadResult<WeeksInput> result)
    {
        if (result.Value is { } weeks)
        {
            foreach (BenefitSpell spell in weeks.Spells.Items)
            {
                GC.KeepAlive(spell);
            }

            foreach (ParticipantId person in FuzzSeeds.Cohort)
            {
                foreach (NodaTime.YearMonth month in weeks.EmploymentRates.Months)
                {
                    GC.KeepAlive(weeks.EmploymentRates.RateOf(person, month));
                }
            }
        }

        return result;
    }

    private static (bool, IReadOnlyList<InputError>) Outcome<T>(ReadResult<T> result)
        where T : class => (result.Succeeded && result.Value is not null, result.Errors);

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CprLike();
}
