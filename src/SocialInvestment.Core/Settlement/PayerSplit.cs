using System.Numerics;

namespace SocialInvestment;

/// <summary>
/// Splits an amount in øre among payers by their shares so that the parts always sum to it (docs/calculation.md, "Several payers"): each payer gets
/// ⌊share × c⌋, and the øre left over go one each to the payers with the largest remainders, ties to the payer listed first.
/// A negative amount is split as its magnitude, and the parts negated. Exact: the shares are brought to one scale.
/// </summary>
internal static class PayerSplit
{
    internal static long[] Split(long cents, IReadOnlyList<Payer> payers)
    {
        if (cents < 0)
        {
            long[] positive = Split(-cents, payers);
            return [.. positive.Select(p => -p)];
        }

        int scale = payers.Max(p => ExactDecimal.Decompose(p.Share.Value).Scale);
        BigInteger unit = BigInteger.Pow(10, scale);
        var parts = new long[payers.Count];
        var remainders = new BigInteger[payers.Count];
        long left = cents;
        for (int i = 0; i < parts.Length; i++)
        {
            var (mantissa, s) = ExactDecimal.Decompose(payers[i].Share.Value);
            BigInteger exact = mantissa * BigInteger.Pow(10, scale - s) * cents;
            parts[i] = (long)BigInteger.DivRem(exact, unit, out remainders[i]);
            left -= parts[i];
        }

        // Stable: equal remainders keep contract order.
        int[] order = [.. Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i])];
        for (int k = 0; k < left; k++)
        {
            parts[order[k]]++;
        }

        return parts;
    }
}
