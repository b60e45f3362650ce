namespace SocialInvestment;

/// <summary>Of which saving a <see cref="ShareOfSavingsPayment"/> pays its share (SPEC-DK DK5, <c>"of"</c>).</summary>
public enum SavingsBase
{
    /// <summary>The gross saving (SPEC §7 as it stands): <c>"of": "gross"</c>, the default.</summary>
    Gross,

    /// <summary>The municipality's part of the saving, weighted by the contract's <see cref="MunicipalShare"/>: <c>"of": "municipality"</c>.</summary>
    Municipality,
}
