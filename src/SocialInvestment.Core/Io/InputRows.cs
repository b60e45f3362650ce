namespace SocialInvestment.Io;

/// <summary>Rows read from a spells or events file: those of the cohort, and how many were skipped as outside it.</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class InputRows<T>
{
    /// <summary>Creates the rows.</summary>
    internal InputRows(IReadOnlyList<T> items, int skippedRows)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        if (skippedRows < 0)
        {
            throw new ArgumentException("A count is at least 0.", nameof(skippedRows));
        }

        SkippedRows = skippedRows;
    }

    /// <summary>The rows of participants in the cohort, in file order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Rows for people not in participants.csv: their form was checked, then they were skipped.</summary>
    public int SkippedRows { get; }

    /// <summary>All data rows read: <c>Items.Count + SkippedRows</c>.</summary>
    public int TotalRows => Items.Count + SkippedRows;
}
