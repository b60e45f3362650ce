namespace SocialInvestment;

/// <summary>One parameter of a candidate contract and the value it takes there.</summary>
/// <param name="Parameter">The parameter's name, such as <c>payments.bonus.amount</c>.</param>
/// <param name="Value">Its value in this candidate.</param>
public readonly record struct DesignSetting(string Parameter, decimal Value);
