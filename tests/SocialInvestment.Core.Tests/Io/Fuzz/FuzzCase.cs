using FsCheck;
using FsCheck.Fluent;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// One fuzz case: a seed file, the mutations applied to it in order, and how the reader is called (with or without the
/// pseudonym key; for spells and weeks, under a contract that maps only known benefit codes or one that takes any code).
/// </summary>
internal sealed record FuzzCase(FuzzTarget Target, FuzzSeed Seed, Mutation[] Mutations, bool WithKey, bool Lenient)
{
    /// <summary>The mutated bytes.</summary>
    internal byte[] Bytes() => Mutations.Aggregate(Seed.Bytes, (bytes, mutation) => mutation.Apply(bytes));

    public override string ToString() =>
        $"{Target} reader on {Seed.Name} (key: {WithKey}, lenient: {Lenient}) after {string.Join(", then ", Mutations.Select(m => m.ToString()))}";

    /// <summary>Cases for <paramref name="target"/>'s reader; one in ten starts from another reader's seed.</summary>
    internal static Arbitrary<FuzzCase> For(FuzzTarget target)
    {
        FuzzSeed[] own = FuzzSeeds.For(target);
        FuzzSeed[] any = [.. Enum.GetValues<FuzzTarget>().SelectMany(FuzzSeeds.For)];
        Gen<FuzzCase> cases =
            from seed in Gen.Frequency((9, Gen.Elements(own)), (1, Gen.Elements(any)))
            from mutations in Fuzz.Mutations.Some
            from withKey in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from lenient in Gen.Elements(false, true)
            select new FuzzCase(target, seed, mutations, withKey, lenient);
        return cases.ToArbitrary();
    }
}
