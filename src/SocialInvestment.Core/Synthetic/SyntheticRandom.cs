namespace SocialInvestment;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a small generator whose numbers are fixed by this code alone, so a synthetic
/// extract is the same bytes on every runtime, and cheap to seed once per person (no state table to fill).
/// </summary>
internal struct SyntheticRandom
{
    private ulong _state;

    /// <summary>The generator of one person of one seed.</summary>
    internal SyntheticRandom(int seed, int person)
    {
        _state = unchecked(((ulong)(uint)seed << 32) | (uint)person);
    }

    /// <summary>A whole number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    internal int Next(int minInclusive, int maxExclusive) =>
        minInclusive + (int)(((NextBits() >> 32) * (ulong)(uint)(maxExclusive - minInclusive)) >> 32);

    /// <summary>A number in [0, 1).</summary>
    internal double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Whether an event of probability <paramref name="p"/> happens.</summary>
    internal bool Chance(double p) => NextDouble() < p;

    private ulong NextBits()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
