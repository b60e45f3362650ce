namespace SocialInvestment.Io;

/// <summary>
/// The input error for a benefit code that the contract's benefits do not map where <c>unknown_benefits</c> is not set,
/// the same for spells.csv and both weeks tables; where the contract maps a code spelled alike
/// (<see cref="Contract.BenefitCodesSpelledLike"/>), it asks "did you mean …?". Nothing is mapped by the suggestion.
/// </summary>
internal static class UnmappedBenefitCode
{
    /// <summary>The message for <paramref name="code"/>, as the data spells it.</summary>
    internal static string Message(Contract contract, string code)
    {
        string message = $"the benefit code {Echo.Quoted(code)} is not mapped by the contract's benefits";
        return contract.BenefitCodesSpelledLike(code) is { Count: > 0 } alike
            ? $"{message}: did you mean {string.Join(" or ", alike.Select(Echo.Quoted))}? (codes are matched exactly: map this spelling there too, or set unknown_benefits)"
            : $"{message} (map it there, or set unknown_benefits)";
    }
}
