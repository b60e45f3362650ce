namespace SocialInvestment;

/// <summary>
/// The lines of a price per qualifying week (SPEC-DK DK6): where the payment has no gate or its gate is met, the
/// participant's qualifying observed weeks (the first <c>max_weeks</c> of them) are counted by the calendar month that
/// holds each week's last day; one line per such month, dated its last day, of <c>round(amount × weeks)</c>.
/// </summary>
internal sealed class PerWeekLines : PaymentLines
{
    private readonly PerWeekPayment _payment;
    private readonly int _gate;
    private readonly LineKeyTables _tables;

    internal PerWeekLines(PerWeekPayment payment, Contract contract, LineKeyTables tables)
        : base(tables.PaymentRank(payment.Id))
    {
        _payment = payment;
        _gate = payment.Gate is { } gate ? contract.TriggerOrdinal(gate)!.Value : -1;
        _tables = tables;
    }

    /// <inheritdoc/>
    internal override void Add(int rank, ParticipantOutcome outcome, MonthlySavings months, OwnLines own)
    {
        if (_gate >= 0 && !outcome.Dates.IsMet(_gate))
        {
            return;
        }

        int windowStart = DayNumber.Of(outcome.WindowStart);
        int left = _payment.MaxWeeks ?? int.MaxValue;
        NodaTime.YearMonth month = default;
        int weeks = 0;
        foreach (WeekRun run in outcome.WeekRuns)
        {
            if (left == 0)
            {
                break;
            }

            if (!_payment.Qualification.Qualifies(run))
            {
                continue;
            }

            int counted = Math.Min(run.Count, left);
            left -= counted;
            for (int k = run.FirstWeek; k < run.FirstWeek + counted; k++)
            {
                NodaTime.YearMonth ending = DayNumber.ToDate(windowStart + (7 * k) + 6).ToYearMonth();
                if (weeks > 0 && ending != month)
                {
                    AddMonth(rank, month, weeks, own);
                    weeks = 0;
                }

                month = ending;
                weeks++;
            }
        }

        if (weeks > 0)
        {
            AddMonth(rank, month, weeks, own);
        }
    }

    private void AddMonth(int rank, NodaTime.YearMonth month, int weeks, OwnLines own)
    {
        int lastDay = DayNumber.Of(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
        long cents = Money.Round(_payment.Amount * weeks).Cents;
        own.Add(new LineRecord(lastDay, rank, Payment, _tables.MonthRank(month), cents));
    }
}
