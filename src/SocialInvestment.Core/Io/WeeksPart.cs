using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// What one piece of a weeks file gave (the whole file where it is read in one go): the cohort's spells and employment
/// rates, the people it names, and what <see cref="WeeksExtract"/> counts.
/// </summary>
internal sealed class WeeksPart(Contract contract, PersonKeys keys, IReadOnlyList<YearMonth> rateMonths)
{
    /// <summary>The cohort's spells: a run of weeks of one code and degree is one spell, from its first Monday to its last Sunday.</summary>
    internal BulkAccess.SpellRows Spells { get; } = new();

    /// <summary>The cohort's employment rates (wide form).</summary>
    internal BulkAccess.RateRows Rates { get; } = new(rateMonths);

    /// <summary>Everyone the piece names: every row's person (wide form, read in pieces), else each person once.</summary>
    internal PersonKeys Keys { get; } = keys;

    /// <summary>The cohort's benefit codes.</summary>
    internal WeekCodes Codes { get; } = new(contract);

    /// <summary>Wide form: the cohort's weeks of each code, by <see cref="Codes"/>' number.</summary>
    internal List<long> CodeWeeks { get; } = [];

    /// <summary>Long form: the cohort's runs of weeks, to count the weeks that several rows give once.</summary>
    internal List<WeekRun> Runs { get; } = [];

    /// <summary>Rows of people outside the cohort.</summary>
    internal int Skipped { get; set; }

    /// <summary>Long form: the earliest week number of any row read, or <see cref="int.MaxValue"/>.</summary>
    internal int FirstWeek { get; set; } = int.MaxValue;

    /// <summary>Long form: the latest week number of any row read, or <see cref="int.MinValue"/>.</summary>
    internal int LastWeek { get; set; } = int.MinValue;

    /// <summary>Adds weeks of a code to <see cref="CodeWeeks"/>.</summary>
    internal void CountWeeks(int code, int weeks)
    {
        while (CodeWeeks.Count <= code)
        {
            CodeWeeks.Add(0);
        }

        CodeWeeks[code] += weeks;
    }
}
