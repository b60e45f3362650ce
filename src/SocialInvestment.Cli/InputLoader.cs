using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// Reads a settlement's input files through the core's readers. Collects the errors of every file it could read, so
/// that an analyst fixes them in one round; reports a missing file as an error, not an exception.
/// </summary>
internal static class InputLoader
{
    /// <param name="paths">The input files.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="options">How to read (cores).</param>
    /// <param name="asOf">The settlement's <c>as_of</c>, where the command has one: a wide weeks file's period is checked against it (SPEC-DK DK1).</param>
    /// <param name="comparisonAlwaysUsed">
    /// True where the command uses a comparison group whatever the contract says (<c>sib evidence</c> compares every trigger
    /// with it); false where only a cohort gate against a comparison group uses it, which then requires it.
    /// </param>
    internal static LoadedInputs? Load(InputPaths paths, TextWriter error, ReadOptions? options = null, bool comparisonAlwaysUsed = false, LocalDate? asOf = null)
    {
        var errors = new List<InputError>();
        var files = new List<InputFile>();

        Contract? contract = Read(paths.Contract, "contract", files, errors, (s, name) => ContractJson.Read(s, name));
        PseudonymKey? key = null;
        if (paths.PseudonymKey is { } keyFile)
        {
            key = ReadKey(keyFile, files, errors);
            if (key is null)
            {
                // Every file with a cpr column would only add "needs a pseudonym key" to the key's own error.
                return Report(errors, error);
            }
        }

        IReadOnlyList<Participant>? participants = Read(paths.Participants, "participants", files, errors, (s, name) => ParticipantsCsv.Read(s, name, key, options, contract));
        if (contract is null || participants is null)
        {
            return Report(errors, error);
        }

        var cohort = new HashSet<ParticipantId>(participants.Count);
        foreach (Participant participant in participants)
        {
            cohort.Add(participant.Id);
        }

        foreach (DeliveryFeePayment fee in contract.DeliveryFeesWithParticipantIds(cohort.Contains))
        {
            errors.Add(new InputError(paths.Participants.Name, 0, 0, $"participant_id '{fee.Id}' is also the id of the contract's delivery_fee payment, whose lines carry it as participant_id; rename one."));
        }
        LoadedRegister? register = ReadRegister(
            new RegisterFiles(paths.Spells, paths.Weeks, "--spells", "--weeks", "spells", "weeks", "the cohort"), contract, participants, cohort, key, options, asOf, files, errors);
        if (paths.Spells is null && paths.Weeks is null && contract.NeedsSpells)
        {
            errors.Add(new InputError("--spells", 0, 0, "the contract has a sustained, count or education trigger or a share_of_savings or per_week payment, so spells.csv is required (--spells FILE), or a weeks file (--weeks FILE)."));
        }

        CheckEmploymentRates(contract, register, paths.Weeks, "--weeks", errors);

        InputRows<OutcomeEvent>? events = null;
        if (paths.Events is { } eventsFile)
        {
            events = Read(eventsFile, "events", files, errors, (s, name) => EventsCsv.Read(s, name, cohort, key));
        }

        LoadedComparison? comparison = LoadComparison(paths, contract, cohort, key, options, files, errors, comparisonAlwaysUsed, asOf);
        Ledger? ledger = null;
        int ledgerRows = 0;
        if (paths.Ledger is { } ledgerFile)
        {
            ledger = Read(ledgerFile, "ledger", files, errors, (s, name) => LedgerCsv.Read(s, name));
            ledgerRows = ledger?.Rows ?? 0;
        }

        IReadOnlyList<Investment>? investments = null;
        if (paths.Investments is { } investmentsFile)
        {
            investments = Read(investmentsFile, "investments", files, errors, (s, name) => InvestmentsCsv.Read(s, name));
        }

        if (errors.Count > 0)
        {
            return Report(errors, error);
        }

        // What reading left behind (the pieces' buffers and keys, a weeks file's rates that no trigger measures) is a few
        // hundred megabytes at a million participants: collected here, once, so that the work on the inputs does not
        // grow the process on top of it (docs/performance.md, "Weekly inputs at national scale").
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new LoadedInputs(contract, participants, register?.Spells, events, ledger, ledgerRows, files)
        {
            Comparison = comparison,
            Investments = investments,
            Weeks = register?.Weeks,
            EmploymentRates = register?.EmploymentRates ?? EmploymentRates.None,
        };
    }

    /// <summary>
    /// Reads the comparison group of a cohort gate against a comparison group (docs/calculation.md, "Cohort gate"): given exactly
    /// where a payment has such a gate (otherwise it is missing, or would silently do nothing), with no one who is also in
    /// the cohort, its spells where a trigger measures spells. Its ids go through the same pseudonym key as the cohort's.
    /// </summary>
    private static LoadedComparison? LoadComparison(InputPaths paths, Contract contract, HashSet<ParticipantId> cohort, PseudonymKey? key, ReadOptions? options, List<InputFile> files, List<InputError> errors, bool alwaysUsed, LocalDate? asOf)
    {
        Payment? gated = contract.ComparisonGatedPayment;
        if (paths.ComparisonParticipants is not { } participantsFile)
        {
            if (paths.ComparisonSpells is not null || paths.ComparisonWeeks is not null || paths.ComparisonEvents is not null)
            {
                errors.Add(new InputError("--comparison-participants", 0, 0, "--comparison-spells, --comparison-weeks and --comparison-events belong to the comparison group, whose people --comparison-participants gives; give it too."));
            }
            else if (gated is not null && !alwaysUsed)
            {
                errors.Add(new InputError(
                    "--comparison-participants",
                    0,
                    0,
                    $"payment '{gated.Id}' has a cohort_gate with \"baseline\": \"comparison_group\", so the comparison group is required: --comparison-participants FILE, with --comparison-spells (or --comparison-weeks) and --comparison-events as for the cohort."));
            }

            return null;
        }

        if (gated is null && !alwaysUsed)
        {
            errors.Add(new InputError(
                "--comparison-participants",
                0,
                0,
                "no payment of the contract has a cohort_gate with \"baseline\": \"comparison_group\", so the comparison group would not be used; leave out --comparison-participants, --comparison-spells, --comparison-weeks and --comparison-events, or compare a cohort_gate with it."));
            return null;
        }

        IReadOnlyList<Participant>? people = Read(participantsFile, "comparison_participants", files, errors, (s, name) => ParticipantsCsv.Read(s, name, key, options));
        if (people is null)
        {
            return null;
        }

        IReadOnlyList<ParticipantId> both = ComparisonGroup.PeopleInBoth(people.Select(p => p.Id), cohort);
        if (both.Count > 0)
        {
            // Ids are shown as every message shows input values: a CPR-like run of digits is hidden.
            errors.Add(new InputError(
                participantsFile.Name,
                0,
                0,
                $"participant '{Echo.Value(both[0].Value)}' is also in {paths.Participants.Name} ({both.Count} {(both.Count == 1 ? "person is" : "people are")} in both): one person cannot be both treated and a control."));
        }

        var ids = people.Select(p => p.Id).ToHashSet();
        LoadedRegister? register = ReadRegister(
            new RegisterFiles(paths.ComparisonSpells, paths.ComparisonWeeks, "--comparison-spells", "--comparison-weeks", "comparison_spells", "comparison_weeks", "the comparison group"),
            contract,
            people,
            ids,
            key,
            options,
            asOf,
            files,
            errors);
        CheckEmploymentRates(contract, register, paths.ComparisonWeeks, "--comparison-weeks", errors);
        if (paths.ComparisonSpells is null && paths.ComparisonWeeks is null && contract.Triggers.Any(t => t.NeedsSpells))
        {
            errors.Add(new InputError("--comparison-spells", 0, 0, "the contract has a sustained, count or education trigger, which the comparison group is measured by too, so its spells.csv is required (--comparison-spells FILE), or a weeks file (--comparison-weeks FILE)."));
        }

        InputRows<OutcomeEvent>? events = null;
        if (paths.ComparisonEvents is { } eventsFile)
        {
            events = Read(eventsFile, "comparison_events", files, errors, (s, name) => EventsCsv.Read(s, name, ids, key));
        }

        return new LoadedComparison(people, register?.Spells, events) { Weeks = register?.Weeks, EmploymentRates = register?.EmploymentRates ?? EmploymentRates.None };
    }

    /// <summary>
    /// Reads a group's benefit history from its spells.csv or its weeks file (SPEC-DK DK1), whichever was given; null where
    /// neither was, or the file could not be read. Both given is an argument error: one group's history comes from one file.
    /// A wide weeks file's period is checked against the group's windows and, where the command has one, <c>as_of</c>.
    /// </summary>
    private static LoadedRegister? ReadRegister(
        RegisterFiles given,
        Contract contract,
        IReadOnlyList<Participant> people,
        IReadOnlySet<ParticipantId> ids,
        PseudonymKey? key,
        ReadOptions? options,
        LocalDate? asOf,
        List<InputFile> files,
        List<InputError> errors)
    {
        if (given.Spells is not null && given.Weeks is not null)
        {
            errors.Add(new InputError(given.WeeksOption, 0, 0, $"{given.SpellsOption} and {given.WeeksOption} both give the benefit history of {given.Group}; give one of them."));
            return null;
        }

        if (given.Spells is { } spellsFile)
        {
            InputRows<BenefitSpell>? spells = Read(spellsFile, given.SpellsRole, files, errors, (s, name) => SpellsCsv.Read(s, name, contract, ids, key, options));
            return spells is null ? null : new LoadedRegister(spells, null, EmploymentRates.None);
        }

        if (given.Weeks is not { } weeksFile)
        {
            return null;
        }

        WeeksInput? weeks = Read(weeksFile, given.WeeksRole, files, errors, (s, name) => WeeksCsv.Read(s, name, contract, ids, key, options));
        if (weeks is null)
        {
            return null;
        }

        if (asOf is { } date)
        {
            errors.AddRange(WeeksCsv.CheckPeriod(weeks.Extract, weeksFile.Name, contract, people, date));
        }

        // The rates are kept only where a trigger measures them: a national cohort's are hundreds of megabytes.
        return new LoadedRegister(weeks.Spells, weeks.Extract, contract.EmploymentRatesTrigger is null ? EmploymentRates.None : weeks.EmploymentRates);
    }

    /// <summary>
    /// A contract with an employment trigger (SPEC-DK DK3) needs monthly employment rates, which only the <c>grad_YYYY_MM</c>
    /// columns of a wide weeks file give: an error names the trigger where the group's history came from elsewhere, or from a
    /// weeks file without such columns. Said only where the history itself was read, so a file's own errors come first.
    /// </summary>
    private static void CheckEmploymentRates(Contract contract, LoadedRegister? register, FileInfo? weeksFile, string weeksOption, List<InputError> errors)
    {
        if (contract.EmploymentRatesTrigger is not { } employment || register?.EmploymentRates.Months.Count > 0)
        {
            return;
        }

        if (register?.Weeks is not null && weeksFile is not null)
        {
            errors.Add(new InputError(
                weeksFile.Name,
                0,
                0,
                $"trigger '{employment.Id}' is an employment trigger, measured on monthly employment rates, and this weeks file has no grad_YYYY_MM columns: give a DREAM extract with them."));
        }
        else if (register is not null || weeksFile is null)
        {
            errors.Add(new InputError(
                weeksOption,
                0,
                0,
                $"trigger '{employment.Id}' is an employment trigger, measured on monthly employment rates, so a weeks file with grad_YYYY_MM columns is required ({weeksOption} FILE)."));
        }
    }

    internal static T? Read<T>(FileInfo file, string role, List<InputFile> files, List<InputError> errors, Func<Stream, string, ReadResult<T>> read)
        where T : class
    {
        try
        {
            using FileStream stream = file.OpenRead();

            // The file's hash (for the summary) is computed on another core while the file is read.
            Task<InputFile> hashing = Task.Run(() =>
            {
                using FileStream again = file.OpenRead();
                return InputFile.Hash(role, again);
            });
            ReadResult<T> result = read(stream, file.Name);
            files.Add(hashing.GetAwaiter().GetResult());
            errors.AddRange(result.Errors);
            return result.Value;
        }
        catch (IOException e)
        {
            errors.Add(new InputError(file.ToString(), 0, 0, $"cannot read the {role} file: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            errors.Add(new InputError(file.ToString(), 0, 0, $"cannot read the {role} file: {e.Message}"));
        }

        return null;
    }

    private static PseudonymKey? ReadKey(FileInfo file, List<InputFile> files, List<InputError> errors)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes(file.FullName);
            if (bytes.Length < PseudonymKey.MinimumLength)
            {
                // Only the length is told, never the bytes: a short key is still the key of whatever it pseudonymised.
                string holds = bytes.Length == 0 ? "is empty" : $"holds only {bytes.Length} {(bytes.Length == 1 ? "byte" : "bytes")}";
                errors.Add(new InputError(
                    file.ToString(),
                    0,
                    0,
                    $"the pseudonym key file {holds}; a key needs at least {PseudonymKey.MinimumLength} bytes (SPEC §9), because a shorter key can be found by trying every key, and with it every pseudonym reversed. "
                    + $"Make a key of {PseudonymKey.RecommendedLength} random bytes with 'sib keygen --out FILE' and keep it apart from the data."));
                return null;
            }

            using var stream = new MemoryStream(bytes);
            files.Add(InputFile.Hash("pseudonym_key", stream));
            return new PseudonymKey(bytes);
        }
        catch (IOException e)
        {
            errors.Add(new InputError(file.ToString(), 0, 0, $"cannot read the pseudonym key file: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            errors.Add(new InputError(file.ToString(), 0, 0, $"cannot read the pseudonym key file: {e.Message}"));
        }

        return null;
    }

    private static LoadedInputs? Report(List<InputError> errors, TextWriter error)
    {
        foreach (InputError e in errors)
        {
            error.WriteLine($"error: {e}");
        }

        return null;
    }
}

/// <summary>The options and roles of one group's benefit history: its spells.csv or its weeks file.</summary>
internal sealed record RegisterFiles(FileInfo? Spells, FileInfo? Weeks, string SpellsOption, string WeeksOption, string SpellsRole, string WeeksRole, string Group);

/// <summary>
/// A group's benefit history as read: its spells, the description of the weeks file they came from where they did, and
/// its employment rates where a trigger of the contract measures them (none otherwise).
/// </summary>
internal sealed record LoadedRegister(InputRows<BenefitSpell> Spells, WeeksExtract? Weeks, EmploymentRates EmploymentRates);
