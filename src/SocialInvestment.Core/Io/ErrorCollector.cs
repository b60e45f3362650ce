namespace SocialInvestment.Io;

/// <summary>
/// Collects the errors of one input file in file order, up to <see cref="ReadResult.MaxErrors"/>; the next one adds a
/// final error saying that more were not shown, and <see cref="IsFull"/> tells the reader to stop.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly List<InputError> _errors = [];

    internal ErrorCollector(string fileName) => FileName = fileName;

    /// <summary>The file's name as the user gave it.</summary>
    internal string FileName { get; }

    /// <summary>How many errors were collected (the final note included).</summary>
    internal int Count => _errors.Count;

    /// <summary>Whether the limit was passed: reading stops.</summary>
    internal bool IsFull { get; private set; }

    /// <summary>The errors collected.</summary>
    internal IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Adds an error; <paramref name="message"/> must already hold only masked values (see <see cref="Echo"/>).</summary>
    internal void Add(int line, int column, string message)
    {
        if (IsFull)
        {
            return;
        }

        if (_errors.Count == ReadResult.MaxErrors)
        {
            IsFull = true;
            _errors.Add(new InputError(FileName, line, 0, $"more than {ReadResult.MaxErrors} errors; reading stopped here and the rest are not shown"));
            return;
        }

        _errors.Add(new InputError(FileName, line, column, message));
    }

    /// <summary>The failure holding the errors, or the success holding <paramref name="value"/> where there are none.</summary>
    internal ReadResult<T> Result<T>(Func<T> value)
        where T : class => _errors.Count == 0 ? ReadResult.Success(value()) : ReadResult.Failure<T>(_errors);
}
