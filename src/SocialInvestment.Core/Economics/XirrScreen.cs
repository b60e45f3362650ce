namespace SocialInvestment;

/// <summary>
/// What <see cref="XirrSearch.Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/> found: the rate and status
/// <see cref="DiscountedCashFlow.Xirr"/> gives for the same flows, bit for bit, and a grid index near the root to start
/// the next search from.
/// </summary>
/// <param name="Rate">The annual rate as a fraction (as <see cref="IrrResult.Rate"/>); null where there is none.</param>
/// <param name="Status">As <see cref="IrrResult.Status"/>.</param>
/// <param name="GridIndex">
/// The grid index (0 to <see cref="XirrSearch.Steps"/>) of the upper end of the grid interval that holds the root, of the
/// grid point that is the root, or of the end of the grid the search ran off; the hint itself where nothing was searched.
/// </param>
internal readonly record struct XirrScreen(double? Rate, IrrStatus Status, int GridIndex);
