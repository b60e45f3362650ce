namespace SocialInvestment;

/// <summary>
/// Candidates of a design that make the same lines (docs/design.md, "The screening engine"): the same values of every
/// parameter that changes which lines there are (<see cref="ParameterRole.ChangesLines"/>). Their
/// <see cref="Variants"/> are grid candidates whose lines, together, carry every member's amounts: variant k sets each
/// payment's amount parameters to that payment's k-th combination among the members (its last, once it has no more),
/// so there are as many variants as the payment with the most combinations has, not one per candidate.
/// </summary>
internal sealed class LineGroup
{
    private LineGroup(Contract[] variants, List<(int Candidate, int[] VariantOfPayment)> members)
    {
        Variants = variants;
        Members = members;
    }

    /// <summary>The variants' contracts; the first is the group's structure.</summary>
    internal Contract[] Variants { get; }

    /// <summary>Each member (its position in the candidates given) and, per payment rank, the variant with its amount parameters' values.</summary>
    internal List<(int Candidate, int[] VariantOfPayment)> Members { get; }

    /// <summary>Groups <paramref name="candidates"/> and makes each group's variants.</summary>
    /// <param name="grid">The design's grid.</param>
    /// <param name="candidates">The candidates' indexes.</param>
    /// <param name="roles">Each parameter's role, in the grid's order.</param>
    /// <param name="paymentRanks">The payment ids by rank (code point order), as the settlement's line keys rank them.</param>
    /// <param name="contractFor">A candidate's contract.</param>
    internal static LineGroup[] Of(DesignGrid grid, IReadOnlyList<long> candidates, ParameterRole[] roles, string[] paymentRanks, Func<DesignAssignment, Contract> contractFor)
    {
        int[] linesChanging = Enumerable.Range(0, roles.Length).Where(p => roles[p].ChangesLines).ToArray();
        int[][] amountParameters = paymentRanks
            .Select(id => Enumerable.Range(0, roles.Length).Where(p => roles[p].Payment == id).ToArray())
            .ToArray();
        var groups = new List<LineGroup>();
        foreach (IGrouping<string, (int Candidate, int[] Positions)> group in candidates
            .Select((index, c) => (Candidate: c, Positions: grid.PositionsOf(index)))
            .GroupBy(m => Key(m.Positions, linesChanging), StringComparer.Ordinal))
        {
            // Per payment, its distinct combinations of amount values, numbered in the order the members first have them.
            var combinations = amountParameters.Select(_ => new Dictionary<string, (int Number, int[] Positions)>(StringComparer.Ordinal)).ToArray();
            var members = new List<(int Candidate, int[] VariantOfPayment)>();
            foreach ((int candidate, int[] positions) in group)
            {
                var variantOfPayment = new int[paymentRanks.Length];
                for (int j = 0; j < paymentRanks.Length; j++)
                {
                    string key = Key(positions, amountParameters[j]);
                    if (!combinations[j].TryGetValue(key, out (int Number, int[] Positions) combination))
                    {
                        combination = (combinations[j].Count, positions);
                        combinations[j].Add(key, combination);
                    }

                    variantOfPayment[j] = combination.Number;
                }

                members.Add((candidate, variantOfPayment));
            }

            int variants = combinations.Max(c => Math.Max(1, c.Count));
            int[] structure = group.First().Positions;
            var contracts = new Contract[variants];
            for (int k = 0; k < variants; k++)
            {
                int[] positions = (int[])structure.Clone();
                for (int j = 0; j < paymentRanks.Length; j++)
                {
                    if (combinations[j].Count == 0)
                    {
                        continue;
                    }

                    int[] own = combinations[j].Values.First(c => c.Number == Math.Min(k, combinations[j].Count - 1)).Positions;
                    foreach (int p in amountParameters[j])
                    {
                        positions[p] = own[p];
                    }
                }

                contracts[k] = contractFor(grid.At(grid.IndexOf(positions)));
            }

            // A payment with fewer combinations than variants keeps its last one in the rest: its members name the variant by number.
            groups.Add(new LineGroup(contracts, members));
        }

        return groups.ToArray();
    }

    private static string Key(int[] positions, int[] parameters) =>
        string.Join(',', parameters.Select(p => positions[p].ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
