using MathNet.Numerics.Random;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A Monte Carlo projection of what a planned cohort will cost and save under a contract (docs/simulation.md): each run
/// draws every participant's support spells from <see cref="Hazards"/> and settles them with <see cref="Settlement.Run"/>
/// as of the horizon; the runs give percentile bands of the payments and savings per calendar month and in total. Pure
/// and reproducible: the same arguments give the same result on any machine and any number of cores.
/// </summary>
public static class Simulation
{
    /// <summary>The most runs.</summary>
    public const int MaxRuns = 1_000_000;

    /// <summary>Mixed into the seed for the generators that draw from an earlier cohort, so that theirs is another sequence than the runs' own.</summary>
    private const int DrawSalt = 0x5EED_C0DE;

    private static readonly SettlementOptions OneCore = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>Projects a planned cohort.</summary>
    /// <param name="contract">
    /// The contract; it must map a benefit code to support (or set <c>unknown_benefits</c> to support), no cohort gate may
    /// compare with a comparison group, and no trigger may be an <c>employment</c> trigger (a projection draws support
    /// spells, not monthly employment rates).
    /// </param>
    /// <param name="plan">Who starts when, and the horizon: the <c>as_of</c> of every run's settlement.</param>
    /// <param name="hazards">The monthly chances of leaving and returning to support.</param>
    /// <param name="runs">How many runs, 1 to <see cref="MaxRuns"/>.</param>
    /// <param name="seed">The seed. Run r's generator (MathNet's xoshiro256**) is seeded with the r-th number of a generator seeded with it.</param>
    /// <param name="options">How to do the work (cores, progress); null for the defaults. Never changes the result.</param>
    /// <exception cref="ArgumentException">
    /// The contract maps no benefit code to support, has a cohort gate against a comparison group or an <c>employment</c>
    /// trigger (the message names it), or <paramref name="runs"/> is out of range.
    /// </exception>
    /// <exception cref="OverflowException">An amount is too large to hold in øre as a 64-bit number (as in <see cref="Settlement.Run"/>).</exception>
    public static SimulationResult Run(Contract contract, CohortPlan plan, Hazards hazards, int runs, int seed, SimulationOptions? options = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckNotNull(plan, nameof(plan));
        YearMonth first = plan.FirstMonth;
        foreach (DeliveryFeePayment fee in contract.Payments.OfType<DeliveryFeePayment>())
        {
            first = fee.From < first ? fee.From : first;
        }

        int months = MonthNumber.Of(plan.Horizon) - MonthNumber.Of(first) + 1;
        bool municipal = contract.MunicipalShare is not null;
        (long[] Payments, long[] Savings, long[]? Municipal)[] tallies = SettleRuns(contract, plan, hazards, runs, seed, options, result => Tally(result, first, months));
        long[][] payments = tallies.Select(t => t.Payments).ToArray();
        long[][] savings = tallies.Select(t => t.Savings).ToArray();
        long[]?[] municipalSavings = tallies.Select(t => t.Municipal).ToArray();
        string code = SupportCode(contract);

        var bands = new SimulationMonth[months];
        var column = new long[runs];
        var saved = new long[runs];
        var parts = new MunicipalBands(municipal ? runs : 0);
        for (int m = 0; m < months; m++)
        {
            for (int r = 0; r < runs; r++)
            {
                column[r] = payments[r][m];
                saved[r] = savings[r][m];
                parts.Set(r, saved[r], municipalSavings[r]?[m]);
            }

            bands[m] = new SimulationMonth(first.PlusMonths(m), PercentileBand.Of(column), PercentileBand.Of(saved))
            {
                MunicipalSavings = parts.Municipal(),
                StateSavings = parts.State(),
            };
        }

        var years = new List<SimulationYear>();
        for (int m = 0; m < months;)
        {
            int year = first.PlusMonths(m).Year;
            int end = Math.Min(months, m + 12 - (first.PlusMonths(m).Month - 1));
            for (int r = 0; r < runs; r++)
            {
                column[r] = Sum(payments[r], m, end);
                saved[r] = Sum(savings[r], m, end);
                parts.Set(r, saved[r], municipalSavings[r] is { } cents ? Sum(cents, m, end) : null);
            }

            years.Add(new SimulationYear(year, PercentileBand.Of(column), PercentileBand.Of(saved))
            {
                MunicipalSavings = parts.Municipal(),
                StateSavings = parts.State(),
            });
            m = end;
        }

        for (int r = 0; r < runs; r++)
        {
            parts.Set(r, Sum(savings[r], 0, months), municipalSavings[r] is { } cents ? Sum(cents, 0, months) : null);
        }

        return new SimulationResult(
            contract,
            plan,
            hazards,
            runs,
            seed,
            code,
            Array.AsReadOnly(bands),
            years.AsReadOnly(),
            payments.Select(Total).ToList().AsReadOnly(),
            savings.Select(Total).ToList().AsReadOnly())
        {
            TotalMunicipalSavings = parts.Municipal(),
            TotalStateSavings = parts.State(),
        };
    }

    /// <summary>
    /// Draws every run as <see cref="Run"/> does (the same seeds, so the same spells for every contract under one seed) and
    /// settles each with <see cref="Settlement.Run"/> as of the horizon; <paramref name="each"/> is given each run's
    /// settlement, on the run's thread, and its results are returned in run order. The checks and exceptions are those of
    /// <see cref="Run"/>; the first failure in run order is rethrown, on any number of cores.
    /// </summary>
    internal static T[] SettleRuns<T>(Contract contract, CohortPlan plan, Hazards hazards, int runs, int seed, SimulationOptions? options, Func<SettlementResult, T> each) =>
        DrawRuns(contract, plan, hazards, runs, seed, options, run => each(Settlement.Run(contract, run.People, run.Spells, [], plan.Horizon, options: OneCore)));

    /// <summary>
    /// Draws every run as <see cref="Run"/> does (the same seeds, so the same persons and spells for every contract under
    /// one seed) and gives each to <paramref name="each"/>, on the run's thread; its results are returned in run order.
    /// The checks and exceptions are those of <see cref="Run"/>; the first failure in run order is rethrown, on any number
    /// of cores. <see cref="SettleRuns"/> settles each drawn run; the design's screening prices it for many contracts.
    /// </summary>
    internal static T[] DrawRuns<T>(Contract contract, CohortPlan plan, Hazards hazards, int runs, int seed, SimulationOptions? options, Func<DrawnRun, T> each)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(hazards, nameof(hazards));
        Preconditions.CheckArgumentRange(nameof(runs), runs, 1, MaxRuns);
        options ??= SimulationOptions.Default;
        Payment? gated = contract.ComparisonGatedPayment;
        Preconditions.CheckArgument(
            gated is null,
            nameof(contract),
            $"Payment '{gated?.Id}' has a cohort gate against a comparison group, which a projection cannot know; give the gate a baseline_rate to project it.");
        Trigger? employment = contract.EmploymentRatesTrigger;
        Preconditions.CheckArgument(
            employment is null,
            nameof(contract),
            $"Trigger '{employment?.Id}' is an employment trigger, measured on monthly employment rates, which a projection cannot draw (it draws support spells only); simulate a contract without it.");
        string code = SupportCode(contract);
        bool municipal = contract.MunicipalShare is not null;
        Preconditions.CheckArgument(
            contract.MunicipalShare is not { Steps.Count: > 1 } || plan.SupportWeeksBefore is not null || plan.DrawnFrom is not null,
            nameof(plan),
            "The contract's municipal_share has steps, so the municipal saving depends on each participant's weeks on support before the start (c₀): give a plan of persons with their weeks on support, or draw them from an earlier cohort.");

        // Each run's seed is drawn up front, in run order, so that a run's numbers never depend on which thread ran it.
        var master = new Xoshiro256StarStar(seed, threadSafe: false);
        var seeds = new int[runs];
        for (int r = 0; r < runs; r++)
        {
            seeds[r] = master.Next();
        }

        // Who of an earlier cohort each participant is drawn as comes from generators of its own, so that the support
        // spells of a run are those of the same seed without a municipal share; and nothing is drawn for other contracts.
        int[]? drawSeeds = null;
        if (municipal && plan.DrawnFrom is not null)
        {
            var drawMaster = new Xoshiro256StarStar(unchecked(seed ^ DrawSalt), threadSafe: false);
            drawSeeds = new int[runs];
            for (int r = 0; r < runs; r++)
            {
                drawSeeds[r] = drawMaster.Next();
            }
        }

        var results = new T[runs];
        var failures = new Exception?[runs];
        int done = 0;
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, r =>
        {
            try
            {
                results[r] = each(DrawOnce(contract, plan, hazards, code, seeds[r], drawSeeds?[r]));
            }
#pragma warning disable CA1031 // Kept and rethrown below, so that the caller sees the same exception on any number of cores.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[r] = e;
            }

            options.Progress?.Report(Interlocked.Increment(ref done));
        });

        // The first failure in run order, as a single-threaded run would have met it.
        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return results;
    }

    /// <summary>
    /// One run: the persons and their spells drawn. <paramref name="drawSeed"/> seeds who of an earlier cohort each
    /// participant is drawn as, where they are.
    /// </summary>
    private static DrawnRun DrawOnce(Contract contract, CohortPlan plan, Hazards hazards, string code, int seed, int? drawSeed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        IReadOnlyList<Participant> people = plan.Participants;
        IReadOnlyList<int>? weeksBefore = plan.SupportWeeksBefore;
        if (drawSeed is { } drawn)
        {
            (people, weeksBefore) = Draw(plan.Participants, plan.DrawnFrom!, new Xoshiro256StarStar(drawn, threadSafe: false));
        }

        var spells = new List<BenefitSpell>(people.Count * 2);
        foreach (Participant participant in people)
        {
            SupportChain.Draw(participant, hazards, code, plan.Horizon, random, spells);
        }

        if (contract.MunicipalShare is not null && weeksBefore is not null)
        {
            for (int i = 0; i < people.Count; i++)
            {
                SupportHistory.Add(people[i], weeksBefore[i], code, spells);
            }
        }

        return new DrawnRun(people, spells);
    }

    /// <summary>
    /// A run's settlement by month from <paramref name="first"/>: the payable, the gross saving and (with a municipal
    /// share) the municipal saving of each month, in øre.
    /// </summary>
    private static (long[] Payments, long[] Savings, long[]? Municipal) Tally(SettlementResult result, YearMonth first, int months)
    {
        var payments = new long[months];
        int firstNumber = MonthNumber.Of(first);
        foreach (SettlementLine line in result.Lines)
        {
            int m = MonthNumber.Of(line.Date) - firstNumber;
            payments[m] = checked(payments[m] + line.Payable.Cents);
        }

        // The gross saving by month parts each participant's rounded saving by running totals (docs/economics.md), so
        // that a run's months sum to its GrossSaving.
        var savings = new long[months];
        foreach ((YearMonth month, Money saving) in result.GrossSavingByMonth)
        {
            int m = MonthNumber.Of(month) - firstNumber;
            savings[m] = checked(savings[m] + saving.Cents);
        }

        long[]? municipal = null;
        if (result.MunicipalSavingByMonth is { } municipalByMonth)
        {
            // Parted by month as the gross saving is, so that a run's months sum to its MunicipalSaving.
            municipal = new long[months];
            foreach ((YearMonth month, Money saving) in municipalByMonth)
            {
                int m = MonthNumber.Of(month) - firstNumber;
                municipal[m] = checked(municipal[m] + saving.Cents);
            }
        }

        return (payments, savings, municipal);
    }

    /// <summary>Each planned participant as one person of <paramref name="earlier"/>, drawn with equal chances: their own monthly cost, and their c₀.</summary>
    private static (Participant[] People, int[] WeeksBefore) Draw(System.Collections.ObjectModel.ReadOnlyCollection<Participant> planned, EarlierCohort earlier, Xoshiro256StarStar random)
    {
        var people = new Participant[planned.Count];
        var weeks = new int[planned.Count];
        for (int i = 0; i < people.Length; i++)
        {
            int k = random.Next(earlier.Participants);
            Participant p = planned[i];
            people[i] = new Participant(p.Id, p.Start, p.End, p.Completed, p.Cohort) { Municipality = p.Municipality, MonthlyCost = earlier.MonthlyCostOf[k] };
            weeks[i] = earlier.SupportWeeksBeforeOf[k];
        }

        return (people, weeks);
    }

    private static Money Total(long[] months) => Money.FromCents(Sum(months, 0, months.Length));

    /// <summary>The sum of <paramref name="cents"/>[<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static long Sum(long[] cents, int from, int to)
    {
        long sum = 0;
        for (int m = from; m < to; m++)
        {
            sum = checked(sum + cents[m]);
        }

        return sum;
    }

    /// <summary>
    /// The benefit code of the simulated support: the first code the contract maps to support, by code points; where it
    /// maps none but counts unknown codes as support, a code it does not map.
    /// </summary>
    private static string SupportCode(Contract contract)
    {
        string? mapped = contract.Benefits
            .Where(b => b.Value == BenefitClass.Support)
            .Select(b => b.Key)
            .OrderBy(k => k, StringComparer.Ordinal)
            .FirstOrDefault();
        if (mapped is not null)
        {
            return mapped;
        }

        Preconditions.CheckArgument(
            contract.UnknownBenefits == BenefitClass.Support,
            nameof(contract),
            "The contract maps no benefit code to support, so nobody can be put on support: map one (\"benefits\": { \"kontanthjaelp\": \"support\" }).");
        string code = "support";
        while (contract.Benefits.ContainsKey(code))
        {
            code += "_";
        }

        return code;
    }
}
