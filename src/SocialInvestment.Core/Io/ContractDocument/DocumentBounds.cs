namespace SocialInvestment.Io;

/// <summary>
/// The bounds of a number field of contract.json as plain data, as <see cref="ContractFormatTable"/> holds them for the
/// reader: what the field's <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/> and
/// <see cref="JsonSchemaMultipleOfAttribute"/> in the document model say, without reading attributes at run time.
/// </summary>
/// <param name="Min">The least value (or the bound it must exceed, <paramref name="MinIsExclusive"/>); null for none.</param>
/// <param name="Max">The greatest value (or the bound it must stay below, <paramref name="MaxIsExclusive"/>); null for none.</param>
/// <param name="MinIsExclusive">Whether <paramref name="Min"/> itself is out of range.</param>
/// <param name="MaxIsExclusive">Whether <paramref name="Max"/> itself is out of range.</param>
/// <param name="Decimals">The most decimals a value may have (2 for <c>multipleOf</c> 0.01); null for any.</param>
internal readonly record struct DocumentBounds(decimal? Min, decimal? Max, bool MinIsExclusive = false, bool MaxIsExclusive = false, int? Decimals = null);
