using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// A description of a weeks file (SPEC-DK DK8): its form, its period, the people and coded weeks in it and the months
/// of employment rates it holds.
/// </summary>
public sealed class WeeksExtract
{
    internal WeeksExtract(
        WeeksForm form,
        int headerLine,
        (string Name, int Number)? firstWeekColumn,
        (string Name, int Number)? lastWeekColumn,
        LocalDate? firstMonday,
        LocalDate? lastSunday,
        int persons,
        int cohortPersons,
        long codedWeeks,
        IReadOnlyDictionary<string, long> codeWeeks,
        IReadOnlyList<YearMonth> employmentMonths)
    {
        Form = form;
        HeaderLine = headerLine;
        FirstWeekColumn = firstWeekColumn?.Name;
        FirstWeekColumnNumber = firstWeekColumn?.Number ?? 0;
        LastWeekColumn = lastWeekColumn?.Name;
        LastWeekColumnNumber = lastWeekColumn?.Number ?? 0;
        FirstMonday = firstMonday;
        LastSunday = lastSunday;
        Persons = persons;
        CohortPersons = cohortPersons;
        CodedWeeks = codedWeeks;
        CodeWeeks = codeWeeks;
        EmploymentMonths = employmentMonths;
    }

    /// <summary>The form, told apart by the header: wide where it has a <c>y_YYWW</c> column.</summary>
    public WeeksForm Form { get; }

    /// <summary>Wide: the header's name of the first week column, as written (<c>y_2401</c>); null for the long form.</summary>
    public string? FirstWeekColumn { get; }

    /// <summary>Wide: the header's name of the last week column, as written; null for the long form.</summary>
    public string? LastWeekColumn { get; }

    /// <summary>Wide: the 1-based position of the first week column in the header; 0 for the long form.</summary>
    public int FirstWeekColumnNumber { get; }

    /// <summary>Wide: the 1-based position of the last week column in the header; 0 for the long form.</summary>
    public int LastWeekColumnNumber { get; }

    /// <summary>
    /// The first day of the period: wide, the Monday of the first week column (the extract covers the days from it to
    /// <see cref="LastSunday"/>, both included); long, the Monday of the earliest week of any row (null without rows).
    /// </summary>
    public LocalDate? FirstMonday { get; }

    /// <summary>The last day of the period: wide, the Sunday of the last week column; long, the Sunday of the latest week of any row (null without rows).</summary>
    public LocalDate? LastSunday { get; }

    /// <summary>The distinct people the file names, in the cohort or not.</summary>
    public int Persons { get; }

    /// <summary>Of <see cref="Persons"/>, those in the cohort.</summary>
    public int CohortPersons { get; }

    /// <summary>The cohort's person-weeks with a benefit code (a person's week with several codes counts once).</summary>
    public long CodedWeeks { get; }

    /// <summary>Each benefit code of the cohort's weeks and its person-weeks, in code-point order of the codes.</summary>
    public IReadOnlyDictionary<string, long> CodeWeeks { get; }

    /// <summary>The months of the <c>grad_YYYY_MM</c> columns, in calendar order; empty where there are none (and for the long form).</summary>
    public IReadOnlyList<YearMonth> EmploymentMonths { get; }

    /// <summary>The 1-based line of the header row, where the timing checks point.</summary>
    internal int HeaderLine { get; }
}
