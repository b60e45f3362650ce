namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>A fuzz case that broke a rule: the message says which and describes the case fully, so that it can be replayed.</summary>
internal sealed class FuzzFailure(string problem, FuzzCase fuzzCase) : Exception($"{problem}\n  case: {fuzzCase}");
