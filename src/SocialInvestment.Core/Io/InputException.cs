namespace SocialInvestment.Io;

/// <summary>Thrown by <see cref="ReadResult{T}.GetValueOrThrow"/> where an input could not be read; holds every error found.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException(IReadOnlyList<InputError> errors)
        : base(errors.Count == 0 ? "Bad input." : errors[0].ToString())
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no errors (for serializers and frameworks).</summary>
    public InputException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InputException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
