namespace SocialInvestment.Io;

/// <summary>What a reader produced: a value, or the input errors found (reading collects many, up to a limit).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, IReadOnlyList<InputError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value; null where <see cref="Errors"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>The errors, in file order; empty on success.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>Whether the input was read without error.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The value, or an <see cref="InputException"/> holding the errors.</summary>
    public T GetValueOrThrow() => Value ?? throw new InputException(Errors);
}

/// <summary>What every reader shares about its <see cref="ReadResult{T}"/>: the limit on the errors it collects.</summary>
public static class ReadResult
{
    /// <summary>The most errors a reader collects before it stops.</summary>
    public const int MaxErrors = 100;

    /// <summary>A successful result.</summary>
    internal static ReadResult<T> Success<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A failed result.</summary>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    internal static ReadResult<T> Failure<T>(IEnumerable<InputError> errors)
        where T : class
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failure has at least one error.", nameof(errors));
        }

        return new ReadResult<T>(null, list.AsReadOnly());
    }
}
