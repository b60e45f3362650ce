using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Primitives;

/// <summary>
/// Money from whole hundredths is made without a division (issue 22): it is the very decimal that
/// <c>cents / 100m</c>, as money holds it, gives: value, scale and sign; and it gives its hundredths back.
/// </summary>
public sealed class MoneyFromCentsTests
{
    private static readonly Gen<long> Cents = Gen.OneOf(
        Gen.Choose(-100_000, 100_000).Select(c => (long)c),
        Gen.Choose(-100_000, 100_000).Select(c => c * 10L),
        Gen.Choose(-100_000, 100_000).Select(c => c * 100L),
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select ((long)high << 32) | unchecked((uint)low),
        Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1));

    [Property(MaxTest = 2000)]
    public Property Is_the_decimal_of_the_division() =>
        Prop.ForAll(Cents.ToArbitrary(), cents =>
        {
            decimal expected = Money.FromAmount(cents / 100m).Amount;
            Money money = Money.FromCents(cents);
            bool sameBits = decimal.GetBits(money.Amount).SequenceEqual(decimal.GetBits(expected));
            return (sameBits && money == Money.FromAmount(cents / 100m) && money.ToString() == Money.FromAmount(cents / 100m).ToString() && money.Cents == cents)
                .Label(FormattableString.Invariant($"{cents}: {money.Amount} against {expected}"));
        });
}
