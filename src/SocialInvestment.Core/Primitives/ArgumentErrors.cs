namespace SocialInvestment;

/// <summary>Turns the library's argument errors into sentences for a user.</summary>
public static class ArgumentErrors
{
    /// <summary>
    /// The reason an argument was refused: the exception's message without the <c> (Parameter 'name')</c> that .NET
    /// appends, which names a parameter of code, not anything a user gave.
    /// </summary>
    /// <param name="exception">An argument error thrown by the library.</param>
    /// <returns>The message, as the library wrote it.</returns>
    public static string Reason(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ParamName is { } name
            ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
    }
}
