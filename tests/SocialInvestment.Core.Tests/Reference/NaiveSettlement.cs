using System.Globalization;
using System.Numerics;
using NodaTime;

namespace SocialInvestment.Tests.Reference;

/// <summary>An exact rational, reduced, with a positive denominator. Written for the reference; shares nothing with the core.</summary>
internal readonly record struct Rational(BigInteger Num, BigInteger Den)
{
    internal static Rational Zero => new(0, 1);

    internal static Rational Of(BigInteger num, BigInteger den)
    {
        if (den.Sign < 0)
        {
            num = -num;
            den = -den;
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(num, den);
        return g > 1 ? new Rational(num / g, den / g) : new Rational(num, den);
    }

    /// <summary>Reads a decimal through its invariant text, so that nothing of the core's decomposition is reused.</summary>
    internal static Rational Of(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return new Rational(BigInteger.Parse(text, CultureInfo.InvariantCulture), 1);
        }

        string digits = text.Remove(dot, 1);
        return Of(BigInteger.Parse(digits, CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - dot - 1));
    }

    public static Rational operator +(Rational a, Rational b) => Of((a.Num * b.Den) + (b.Num * a.Den), a.Den * b.Den);

    public static Rational operator -(Rational a, Rational b) => Of((a.Num * b.Den) - (b.Num * a.Den), a.Den * b.Den);

    public static Rational operator *(Rational a, Rational b) => Of(a.Num * b.Num, a.Den * b.Den);

    public static Rational operator /(Rational a, Rational b) => Of(a.Num * b.Den, a.Den * b.Num);

    internal Rational Pow(int exponent)
    {
        Rational result = new(1, 1);
        Rational factor = exponent >= 0 ? this : new Rational(1, 1) / this;
        for (int i = 0; i < Math.Abs(exponent); i++)
        {
            result *= factor;
        }

        return result;
    }

    /// <summary>To hundredths, half away from zero: the magnitude's remainder compared with half a hundredth.</summary>
    internal decimal RoundToCents()
    {
        BigInteger scaled = BigInteger.Abs(Num) * 100;
        BigInteger whole = scaled / Den;
        BigInteger rest = scaled - (whole * Den);
        if (rest * 2 >= Den)
        {
            whole += 1;
        }

        decimal cents = (decimal)whole / 100m;
        return Num.Sign < 0 ? -cents : cents;
    }
}

/// <summary>A line as the reference computes it.</summary>
internal sealed record NaiveLine(string Participant, string Payment, string Period, LocalDate Date, decimal Amount, decimal Payable, decimal PaidBefore)
{
    internal decimal Due => Payable - PaidBefore;
}

/// <summary>One participant as the reference sees it.</summary>
internal sealed record NaiveParticipant(
    string Id,
    Dictionary<string, LocalDate> MetOn,
    int Full,
    int Partial,
    int None,
    int Unobserved,
    decimal Gross,
    SortedDictionary<YearMonth, decimal> GrossByMonth,
    decimal? Municipal = null,
    SortedDictionary<YearMonth, decimal>? MunicipalByMonth = null,
    int? SupportWeeksBefore = null,
    decimal? FirstWeekShare = null);

internal sealed record NaiveResult(List<NaiveLine> Lines, List<NaiveParticipant> Participants);

/// <summary>
/// SPEC §4–8 read word by word, day by day: s(d) for every day, S_k for every week, triggers by scanning weeks,
/// months by summing days, exact rationals for money. Slow and obvious on purpose; shares only the domain types with
/// the core.
/// </summary>
internal static class NaiveSettlement
{
    internal static NaiveResult Run(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        IEnumerable<LedgerEntry> ledger)
    {
        var drafts = new List<(string P, string Pay, string Per, LocalDate Date, decimal Amount)>();
        var people = new List<NaiveParticipant>();
        foreach (Participant p in participants.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            string id = p.Id.Value;
            var mySpells = spells.Where(s => s.ParticipantId.Value == id).ToList();
            var myEvents = events.Where(e => e.ParticipantId.Value == id).ToList();

            // §5: the window.
            LocalDate end = p.End ?? p.Start.PlusDays((contract.ProgrammeWeeks * 7) - 1);
            LocalDate w0 = contract.Window.From == WindowAnchor.Start ? p.Start : end.PlusDays(1);
            LocalDate wEnd = w0.PlusDays((7 * contract.Window.Weeks) - 1);

            // §4: s(d) and the education flag for every window day up to as_of.
            var level = new Dictionary<LocalDate, decimal>();
            var education = new Dictionary<LocalDate, bool>();
            for (LocalDate d = w0; d <= wEnd && d <= asOf; d = d.PlusDays(1))
            {
                var maxByCode = new Dictionary<string, decimal>(StringComparer.Ordinal);
                bool edu = false;
                foreach (BenefitSpell s in mySpells)
                {
                    LocalDate last = s.To ?? asOf;
                    if (d < s.From || d > last)
                    {
                        continue;
                    }

                    BenefitClass cls = contract.Benefits.TryGetValue(s.BenefitCode, out BenefitClass c) ? c : contract.UnknownBenefits!.Value;
                    if (cls == BenefitClass.Education)
                    {
                        edu = true;
                    }
                    else if (cls == BenefitClass.Support)
                    {
                        // SPEC-DK DK2: the spell's own degree, else the contract's for its code, else 1.
                        decimal degree = s.Degree?.Value ?? (contract.BenefitDegrees.TryGetValue(s.BenefitCode, out Degree byCode) ? byCode.Value : 1m);
                        maxByCode[s.BenefitCode] = Math.Max(maxByCode.GetValueOrDefault(s.BenefitCode), degree);
                    }
                }

                level[d] = Math.Min(1m, maxByCode.Values.Sum());
                education[d] = edu;
            }

            // §5: weeks.
            int weeks = contract.Window.Weeks;
            var observed = new bool[weeks];
            var selfSupport = new SelfSupport[weeks];
            var eduWeek = new bool[weeks];
            int full = 0, partial = 0, none = 0, unobserved = 0;
            for (int k = 0; k < weeks; k++)
            {
                LocalDate first = w0.PlusDays(7 * k);
                LocalDate last = first.PlusDays(6);
                observed[k] = last <= asOf;
                if (!observed[k])
                {
                    unobserved++;
                    continue;
                }

                decimal sk = 0m;
                for (int i = 0; i < 7; i++)
                {
                    sk += level[first.PlusDays(i)];
                    eduWeek[k] |= education[first.PlusDays(i)];
                }

                selfSupport[k] = sk == 0m ? SelfSupport.Full : sk <= 7m * contract.PartialMaxSupport.Value ? SelfSupport.Partial : SelfSupport.None;
                _ = selfSupport[k] switch
                {
                    SelfSupport.Full => full++,
                    SelfSupport.Partial => partial++,
                    _ => none++,
                };
            }

            LocalDate LastDayOf(int k) => w0.PlusDays((7 * k) + 6);

            bool Qualifies(SelfSupportTrigger t, int k) =>
                observed[k]
                && (selfSupport[k] == SelfSupport.Full || (t.Level == SelfSupport.Partial && selfSupport[k] == SelfSupport.Partial))
                && !(t.ExcludeEducation && eduWeek[k]);

            // §6: triggers.
            var met = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
            foreach (Trigger t in contract.Triggers)
            {
                LocalDate? date = null;
                switch (t)
                {
                    case EnrolmentTrigger:
                        date = p.Start;
                        break;
                    case CompletionTrigger:
                        date = p.Completed ? end : null;
                        break;
                    case SustainedTrigger s:
                        for (int k = s.Weeks - 1; k < weeks && date is null; k++)
                        {
                            bool all = true;
                            for (int j = k - s.Weeks + 1; j <= k; j++)
                            {
                                all &= Qualifies(s, j);
                            }

                            date = all ? LastDayOf(k) : null;
                        }

                        break;
                    case CountTrigger c:
                        for (int k = 0, n = 0; k < weeks && date is null; k++)
                        {
                            n += Qualifies(c, k) ? 1 : 0;
                            date = n == c.Weeks ? LastDayOf(k) : null;
                        }

                        break;
                    case EducationTrigger e:
                        for (int k = 0, n = 0; k < weeks && date is null; k++)
                        {
                            n += observed[k] && eduWeek[k] ? 1 : 0;
                            date = n == e.Weeks ? LastDayOf(k) : null;
                        }

                        break;
                    case EventTrigger ev:
                        date = myEvents.Where(x => x.Outcome == ev.Outcome && x.Date >= w0 && x.Date <= wEnd)
                            .Select(x => (LocalDate?)x.Date)
                            .Min();
                        break;
                    default:
                        throw new InvalidOperationException();
                }

                if (date is { } dd && dd <= asOf)
                {
                    met[t.Id] = dd;
                }
            }

            // §7: months, and §8's gross saving, from the days.
            var rates = new Dictionary<int, Rational>();
            Rational RateOf(int year) => rates.TryGetValue(year, out Rational r) ? r : rates[year] = Rate(contract, year, p.MonthlyCost);
            var months = new SortedDictionary<YearMonth, Rational>();

            // SPEC-DK DK5: m(d) for every window day, from c0 counted over the whole history of support weeks.
            int c0 = 0;
            Func<LocalDate, decimal> shareOn = contract.MunicipalShare is { } municipalShare ? MunicipalShareOf(contract, municipalShare, mySpells, w0, asOf, out c0) : _ => 0m;
            var weighted = new SortedDictionary<YearMonth, Rational>();
            Rational municipal = Rational.Zero;
            Rational gross = Rational.Zero;
            var grossByMonth = new SortedDictionary<YearMonth, decimal>();
            decimal roundedSoFar = 0m;
            var municipalByMonth = new SortedDictionary<YearMonth, decimal>();
            decimal municipalRoundedSoFar = 0m;
            for (LocalDate d = w0; d <= wEnd && d <= asOf; d = d.PlusDays(1))
            {
                Rational self = Rational.Of(1m - level[d]);
                YearMonth ym = d.ToYearMonth();
                months[ym] = months.GetValueOrDefault(ym, Rational.Zero) + self;
                gross += self * RateOf(d.Year) / new Rational(DaysIn(ym), 1);
                Rational m = Rational.Of(shareOn(d));
                weighted[ym] = weighted.GetValueOrDefault(ym, Rational.Zero) + (self * m);
                municipal += self * m * RateOf(d.Year) / new Rational(DaysIn(ym), 1);

                // docs/economics.md: a month's part of the gross saving is the rounded running total less the one before.
                decimal rounded = gross.RoundToCents();
                grossByMonth[ym] = grossByMonth.GetValueOrDefault(ym) + (rounded - roundedSoFar);
                roundedSoFar = rounded;
                decimal municipalRounded = municipal.RoundToCents();
                municipalByMonth[ym] = municipalByMonth.GetValueOrDefault(ym) + (municipalRounded - municipalRoundedSoFar);
                municipalRoundedSoFar = municipalRounded;
            }

            foreach (Payment pay in contract.Payments)
            {
                if (pay is FixedPayment f && met.TryGetValue(f.Trigger, out LocalDate fd))
                {
                    drafts.Add((id, f.Id, "-", fd, Rational.Of(f.Amount).RoundToCents()));
                }
                else if (pay is ShareOfSavingsPayment sh && met.ContainsKey(sh.Gate))
                {
                    foreach (var (ym, dSum) in sh.Of == SavingsBase.Municipality ? weighted : months)
                    {
                        Rational amount = Rational.Of(sh.Share.Value) * Rational.Of(1m - sh.Deadweight) * RateOf(ym.Year) * dSum / new Rational(DaysIn(ym), 1);
                        LocalDate lastDay = new(ym.Year, ym.Month, DaysIn(ym));
                        drafts.Add((id, sh.Id, $"{ym.Year:D4}-{ym.Month:D2}", lastDay, amount.RoundToCents()));
                    }
                }
                else if (pay is PerWeekPayment pw && (pw.Gate is null || met.ContainsKey(pw.Gate)))
                {
                    // SPEC-DK DK6: the first max_weeks qualifying observed weeks, counted by the month of each one's last day.
                    var weeksByMonth = new SortedDictionary<YearMonth, int>();
                    for (int k = 0, counted = 0; k < weeks && counted < (pw.MaxWeeks ?? int.MaxValue); k++)
                    {
                        bool atLevel = selfSupport[k] == SelfSupport.Full || (pw.Level == SelfSupport.Partial && selfSupport[k] == SelfSupport.Partial);
                        if (observed[k] && ((pw.OrEducation && eduWeek[k]) || (atLevel && !(pw.ExcludeEducation && eduWeek[k]))))
                        {
                            counted++;
                            YearMonth ym = LastDayOf(k).ToYearMonth();
                            weeksByMonth[ym] = weeksByMonth.GetValueOrDefault(ym) + 1;
                        }
                    }

                    foreach (var (ym, n) in weeksByMonth)
                    {
                        drafts.Add((id, pw.Id, $"{ym.Year:D4}-{ym.Month:D2}", new LocalDate(ym.Year, ym.Month, DaysIn(ym)), (Rational.Of(pw.Amount) * new Rational(n, 1)).RoundToCents()));
                    }
                }
            }

            bool dk5 = contract.MunicipalShare is not null;
            people.Add(new NaiveParticipant(id, met, full, partial, none, unobserved, gross.RoundToCents(), grossByMonth, dk5 ? municipal.RoundToCents() : null, dk5 ? municipalByMonth : null, dk5 ? c0 : null, dk5 ? shareOn(w0) : null));
        }

        // §8: the ledger.
        var paid = new Dictionary<(string, string, string), decimal>();
        foreach (LedgerEntry e in ledger)
        {
            var key = (e.Key.ParticipantId.Value, e.Key.Payment, e.Key.Period);
            paid[key] = paid.GetValueOrDefault(key) + e.Amount.Amount;
        }

        foreach (var key in paid.Keys)
        {
            if (!drafts.Any(x => (x.P, x.Pay, x.Per) == key))
            {
                drafts.Add((key.Item1, key.Item2, key.Item3, asOf, 0m));
            }
        }

        // §8: order, then caps.
        var ordered = drafts
            .OrderBy(x => x.Date)
            .ThenBy(x => x.P, StringComparer.Ordinal)
            .ThenBy(x => x.Pay, StringComparer.Ordinal)
            .ThenBy(x => x.Per, StringComparer.Ordinal)
            .ToList();
        decimal? perCap = contract.Caps.PerParticipant?.Amount;
        decimal? totalCap = contract.Caps.Total?.Amount;
        var paidTo = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal paidTotal = 0m;
        var lines = new List<NaiveLine>();
        foreach (var x in ordered)
        {
            decimal payable = x.Amount;
            if (perCap is { } pc)
            {
                payable = Math.Min(payable, pc - paidTo.GetValueOrDefault(x.P));
            }

            if (totalCap is { } tc)
            {
                payable = Math.Min(payable, tc - paidTotal);
            }

            paidTo[x.P] = paidTo.GetValueOrDefault(x.P) + payable;
            paidTotal += payable;
            lines.Add(new NaiveLine(x.P, x.Pay, x.Per, x.Date, x.Amount, payable, paid.GetValueOrDefault((x.P, x.Pay, x.Per))));
        }

        return new NaiveResult(lines, people);
    }

    private static int DaysIn(YearMonth ym) => DateTime.DaysInMonth(ym.Year, ym.Month);

    /// <summary>§7: round(amount × (1 + i)^(y − base)), exactly; SPEC-DK DK4: the participant's own amount where given.</summary>
    internal static Rational Rate(Contract contract, int year, decimal? own = null)
    {
        if (contract.MonthlyCost is not { } cost)
        {
            return Rational.Zero;
        }

        Rational growth = Rational.Of(1m + cost.AnnualIndexation).Pow(year - cost.BaseYear);
        return Rational.Of((Rational.Of(own ?? cost.Amount) * growth).RoundToCents());
    }

    /// <summary>
    /// SPEC-DK DK5 word by word: support weeks by looking at every day of every ISO week, the walk with its reset check
    /// counting the weeks before w one by one (the count c₀ given out), then c*(d) and the step.
    /// </summary>
    private static Func<LocalDate, decimal> MunicipalShareOf(Contract contract, MunicipalShare share, List<BenefitSpell> spells, LocalDate w0, LocalDate asOf, out int countBefore)
    {
        LocalDate w0Monday = w0.PlusDays(1 - (int)w0.DayOfWeek);
        bool SupportDay(LocalDate d) => d <= asOf && spells.Any(s =>
            d >= s.From && d <= (s.To ?? asOf)
            && (contract.Benefits.TryGetValue(s.BenefitCode, out BenefitClass c) ? c : contract.UnknownBenefits!.Value) == BenefitClass.Support);
        bool SupportWeek(LocalDate monday) => Enumerable.Range(0, 7).Any(i => SupportDay(monday.PlusDays(i)));

        var supportFroms = spells.Where(s => s.From < w0Monday && s.From <= asOf
            && (contract.Benefits.TryGetValue(s.BenefitCode, out BenefitClass c) ? c : contract.UnknownBenefits!.Value) == BenefitClass.Support).Select(s => s.From).ToList();
        int c0 = 0;
        if (supportFroms.Count > 0)
        {
            LocalDate firstMonday = supportFroms.Min().PlusDays(1 - (int)supportFroms.Min().DayOfWeek);
            var weeks = new List<bool>();
            for (LocalDate monday = firstMonday; monday < w0Monday; monday = monday.PlusWeeks(1))
            {
                weeks.Add(SupportWeek(monday));
            }

            int c = 0, start = 0;
            for (int w = 0; w <= weeks.Count; w++)
            {
                if (c > 0)
                {
                    int without = 0;
                    for (int u = w - share.ResetWithinWeeks; u < w; u++)
                    {
                        without += u > start && !weeks[u] ? 1 : 0;
                    }

                    c = without >= share.ResetAfterWeeks ? 0 : c;
                }

                if (w < weeks.Count && weeks[w])
                {
                    start = c == 0 ? w : start;
                    c++;
                }
            }

            c0 = c;
        }

        countBefore = c0;
        return d =>
        {
            int counted = c0 + 1 + (Period.Between(w0Monday, d, PeriodUnits.Days).Days / 7);
            return share.Steps.Last(s => s.FromWeek <= counted).Share.Value;
        };
    }
}
