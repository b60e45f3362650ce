using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The price of a fixed payment's line, decided here and nowhere else: <c>round(amount)</c> (SPEC §7); with time bands,
/// the price of the band in which the trigger was met (docs/calculation.md, "Timed prices"), indexed to the line's year where the
/// payment has an indexation (docs/calculation.md, "Price indexation"); with volume tiers, the price of the tier of the line's place among the payment's
/// lines in SPEC §8 order (docs/calculation.md, "Volume tiers"), known only when all the lines are walked in that order.
/// </summary>
/// <remarks>
/// Built once per settlement. <see cref="TryPrice"/> is called from every chunk of participants; it notes, per
/// participant, who earned a line priced by volume, and <see cref="PriceInLineOrder"/> then prices exactly those lines,
/// in line order (a ledger key that earns nothing today is not one of them: it stays 0 and takes no place in a tier).
/// </remarks>
internal sealed class FixedPaymentPrice
{
    private readonly FixedPayment _payment;

    /// <summary><c>round(amount)</c> in hundredths, for a payment of one price whenever the trigger is met (SPEC v1).</summary>
    private readonly long? _plainCents;

    /// <summary>For a payment priced by volume, whether the participant of each rank earned its line; else null.</summary>
    private readonly bool[]? _earnedByVolume;
    private readonly short _noPeriod;

    /// <summary>Tier prices indexed to a year, in hundredths, by (tier, year): computed once each.</summary>
    private readonly Dictionary<(int Tier, int Year), long> _tierPrices = [];
    private int _tierLines;
    private int _tier;

    /// <param name="payment">The payment.</param>
    /// <param name="tables">The line keys: the number of participants and the rank of the one-off period.</param>
    internal FixedPaymentPrice(FixedPayment payment, LineKeyTables tables)
    {
        _payment = payment;
        _noPeriod = tables.NoPeriod;
        if (payment.Tiers is not null)
        {
            _earnedByVolume = new bool[tables.Participants.Length];
        }
        else if (payment.Prices.Count == 1 && payment.Prices[0].UntilMonths is null && payment.Indexation is null)
        {
            _plainCents = Money.Round(payment.Amount).Cents;
        }
    }

    /// <summary>Whether a line's price depends on its place among all the lines (volume tiers), so that it is set by <see cref="PriceInLineOrder"/>.</summary>
    internal bool ByVolume => _earnedByVolume is not null;

    /// <summary>
    /// The amount, in hundredths, of the line of the participant of rank <paramref name="rank"/>, whose window starts on
    /// <paramref name="windowStart"/> and who met the trigger on day <paramref name="met"/>: false where the last time
    /// band ended before then (no line). A line priced by volume is 0 until <see cref="PriceInLineOrder"/> sets it.
    /// </summary>
    internal bool TryPrice(int rank, int met, LocalDate windowStart, out long cents)
    {
        if (_plainCents is { } plain)
        {
            cents = plain;
            return true;
        }

        if (_earnedByVolume is not null)
        {
            // Each rank is in one chunk only, so chunks made at once never write the same element.
            Earn(rank);
            cents = 0;
            return true;
        }

        LocalDate date = DayNumber.ToDate(met);
        foreach (FixedPrice price in _payment.Prices)
        {
            if (price.UntilMonths is not { } months || date < windowStart.PlusMonths(months))
            {
                cents = (_payment.Indexation is { } index ? index.PriceIn(price.Amount, date.Year) : Money.Round(price.Amount)).Cents;
                return true;
            }
        }

        cents = 0;
        return false;
    }

    /// <summary>
    /// Notes that the participant of rank <paramref name="rank"/> earned a line priced by volume (<see cref="TryPrice"/>
    /// does; a design's pricing does for the lines it has already made, <see cref="PricingBasis"/>).
    /// </summary>
    internal void Earn(int rank) => _earnedByVolume![rank] = true;

    /// <summary>
    /// Sets the amount of <paramref name="line"/>, a line of this payment met in SPEC §8 order, where it is a line priced
    /// by volume: the price of the tier of the n-th such line (counted from 1), indexed to the line's year.
    /// </summary>
    internal void PriceInLineOrder(ref LineRecord line)
    {
        if (_earnedByVolume is null || line.Period != _noPeriod || !_earnedByVolume[line.Participant])
        {
            return;
        }

        IReadOnlyList<VolumeTier> tiers = _payment.Tiers!;
        _tierLines++;
        while (tiers[_tier].UpTo is { } upTo && _tierLines > upTo)
        {
            _tier++;
        }

        decimal amount = tiers[_tier].Amount;
        if (_payment.Indexation is not { } indexation)
        {
            line.Amount = Money.Round(amount).Cents;
            return;
        }

        int year = DayNumber.ToDate(line.Date).Year;
        if (!_tierPrices.TryGetValue((_tier, year), out long cents))
        {
            cents = indexation.PriceIn(amount, year).Cents;
            _tierPrices.Add((_tier, year), cents);
        }

        line.Amount = cents;
    }
}
