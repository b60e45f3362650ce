namespace SocialInvestment;

/// <summary>
/// The caps of SPEC §8, applied in line order: <c>payable = min(amount, what remains of the participant's cap, what
/// remains of the total cap)</c>, where what remains is the cap less the <c>payable</c> of the earlier lines; lines after
/// a cap is used up still count, with <c>payable</c> 0. A payment's own rules (<see cref="PaymentRule"/>: volume tiers,
/// cohort gates, the payment's caps, delivery fees outside the per-participant cap) are applied to its lines in the same
/// walk, before the contract's caps. The totals are added up in that walk too.
/// </summary>
internal static class CapsInLineOrder
{
    /// <summary>Sets what is payable of each line of <paramref name="lines"/> and adds up the totals.</summary>
    /// <param name="lines">The lines in SPEC §8 order.</param>
    /// <param name="caps">The contract's caps.</param>
    /// <param name="rules">The payments' rules, or null where no payment has any (SPEC v1).</param>
    /// <param name="totals">The totals of all lines.</param>
    /// <param name="byPayment">The totals per payment rank.</param>
    /// <param name="buffers">
    /// Arrays to keep the payables in (at least one per line) and what each participant was paid (one per participant
    /// rank), where the caller prices many contracts over the same lines (<see cref="PricingBasis"/>); null to allocate them.
    /// </param>
    internal static void Apply(LineTable lines, Caps caps, PaymentRules? rules, out SettlementTotals totals, out SettlementTotals[] byPayment, (long[] Payables, long[] PaidToParticipant)? buffers = null)
    {
        var sums = new PaymentSums[lines.Payments.Length];
        Walk(lines, caps, rules, buffers, sums);
        byPayment = sums.Select(s => s.ToTotals()).ToArray();
        totals = Total(sums).ToTotals();
    }

    /// <summary>
    /// As <see cref="Apply(LineTable, Caps, PaymentRules?, out SettlementTotals, out SettlementTotals[], ValueTuple{long[], long[]}?)"/>,
    /// without the totals per payment and allocating nothing, for a caller that prices many contracts over the same lines
    /// (<see cref="PricingBasis"/>) and keeps the payables in <paramref name="buffers"/>: the sums of all lines, in hundredths.
    /// </summary>
    internal static PaymentSums Apply(LineTable lines, Caps caps, PaymentRules? rules, (long[] Payables, long[] PaidToParticipant) buffers)
    {
        Span<PaymentSums> sums = lines.Payments.Length <= 64 ? stackalloc PaymentSums[lines.Payments.Length] : new PaymentSums[lines.Payments.Length];
        Walk(lines, caps, rules, buffers, sums);
        return Total(sums);
    }

    private static PaymentSums Total(ReadOnlySpan<PaymentSums> sums)
    {
        var all = default(PaymentSums);
        foreach (PaymentSums s in sums)
        {
            all.Add(s);
        }

        return all;
    }

    /// <summary>The walk: sets each line's payable and adds each line to its payment's <paramref name="sums"/>.</summary>
    private static void Walk(LineTable lines, Caps caps, PaymentRules? rules, (long[] Payables, long[] PaidToParticipant)? buffers, Span<PaymentSums> sums)
    {
        long capPerParticipant = caps.PerParticipant?.Cents ?? long.MaxValue;
        long capTotal = caps.Total?.Cents ?? long.MaxValue;

        // Without caps or rules every line's amount is payable: the walk only adds up, and the table keeps no payables.
        bool capped = KeepsPayables(caps, rules);
        long[]? payables = !capped ? null : buffers?.Payables ?? new long[lines.Count];
        long[]? paidToParticipant = !capped ? null : buffers?.PaidToParticipant ?? new long[lines.Participants.Length];
        if (paidToParticipant is not null && buffers is not null)
        {
            Array.Clear(paidToParticipant);
        }

        long paidInTotal = 0;

        // Segment by segment, so that each line is reached by an index into one span.
        int i = 0;
        for (int segment = 0; segment < lines.SegmentCount; segment++)
        {
            Span<LineRecord> records = lines.SegmentLines(segment);
            ReadOnlySpan<long> paidBefore = lines.SegmentPaidBefore(segment);
            for (int k = 0; k < records.Length; k++, i++)
            {
                ref LineRecord line = ref records[k];
                long payable = line.Amount;
                if (payables is not null)
                {
                    long allowed = line.Amount;
                    long participantRemaining = capPerParticipant - paidToParticipant![line.Participant];
                    PaymentRule? rule = rules?.For(line.Payment);
                    if (rule is not null)
                    {
                        rule.Price(ref line);
                        allowed = rule.Allowed(line.Participant, line.Amount);
                        if (rule.OutsideParticipantCap)
                        {
                            participantRemaining = long.MaxValue;
                        }
                    }

                    payable = Math.Min(allowed, Math.Min(participantRemaining, capTotal - paidInTotal));
                    rule?.Paid(payable);
                    payables[i] = payable;
                    paidToParticipant[line.Participant] += payable;
                    paidInTotal += payable;
                }

                sums[line.Payment].Add(line.Amount, payable, paidBefore.IsEmpty ? 0 : paidBefore[k]);
            }
        }

        if (payables is not null)
        {
            lines.SetPayable(payables);
        }
    }

    /// <summary>Whether any cap or rule can make a line's payable differ from its amount, so that the walk keeps the payables.</summary>
    internal static bool KeepsPayables(Caps caps, PaymentRules? rules) => rules is not null || caps.PerParticipant is not null || caps.Total is not null;
}
