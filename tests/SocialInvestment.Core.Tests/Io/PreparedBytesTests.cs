using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The fast paths lines.csv is written through (issue 22) write the text of the reference formatting: amounts by
/// <see cref="CentsText"/> and from the <see cref="SeparatedAmounts"/> table as <see cref="Money.ToString"/> writes
/// them, for any amount in hundredths a line can hold, and keys copied by <see cref="SeparatedFields"/> as their UTF-8
/// bytes, at any length.
/// </summary>
public sealed class PreparedBytesTests
{
    /// <summary>Any 64-bit amount, with its number of digits spread evenly, and the edges often.</summary>
    private static readonly Gen<long> Amount = Gen.OneOf(
        Gen.Elements(0L, 1L, -1L, 5L, -5L, 10L, -10L, 99L, -99L, 100L, -100L, 101L, -101L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1),
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from digits in Gen.Choose(1, 19)
        let any = unchecked(((long)high << 32) | (uint)low)
        select digits == 19 ? any : any % PowerOfTen(digits));

    private static readonly Gen<string> Text =
        from pieces in Gen.Elements("P", "0", "9", "-", "_", "æ", "Ø", "€", "𝄞", "shared", "2026-06").ArrayOf()
        select string.Concat(pieces);

    [Fact]
    public void Every_power_of_ten_and_its_neighbours_is_written_as_Money_writes_it()
    {
        for (int k = 0; k <= 18; k++)
        {
            long power = PowerOfTen(k);
            foreach (long cents in new[] { power - 1, power, power + 1, -(power - 1), -power, -(power + 1) })
            {
                Assert.Equal(Reference(cents), Formatted(cents));
            }
        }
    }

    [Property(MaxTest = 5000)]
    public Property CentsText_writes_what_Money_writes() =>
        Prop.ForAll(Amount.ToArbitrary(), cents => Formatted(cents) == Reference(cents));

    [Property(MaxTest = 300)]
    public Property The_amount_table_gives_each_amount_its_own_text_whatever_came_before() =>
        Prop.ForAll(Amount.ArrayOf().ToArbitrary(), Gen.Choose(0, 700).ToArbitrary(), (amounts, few) =>
        {
            // A few hundred distinct amounts fill the table's slots and share some; the random ones replace them.
            var table = new SeparatedAmounts((byte)',');
            Span<byte> into = stackalloc byte[SeparatedAmounts.Width];
            foreach (long cents in amounts.Concat(Enumerable.Range(0, few).Select(i => (long)i * 37)).Concat(amounts))
            {
                int length = table.CopyTo(cents, into);
                if (Encoding.UTF8.GetString(into[..length]) != "," + Reference(cents))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property A_key_is_copied_with_its_separator_at_any_length() =>
        Prop.ForAll(Text.ArrayOf().ToArbitrary(), texts =>
        {
            var fields = new SeparatedFields(texts, (byte)',');
            byte[] into = new byte[fields.Width + 3];
            for (int rank = 0; rank < texts.Length; rank++)
            {
                int length = fields.CopyTo(rank, into);
                if (Encoding.UTF8.GetString(into, 0, length) != texts[rank] + ",")
                {
                    return false;
                }
            }

            return fields.Width % 16 == 0;
        });

    private static long PowerOfTen(int k) => Enumerable.Repeat(10L, k).Aggregate(1L, (p, t) => p * t);

    private static string Reference(long cents) => Money.FromCents(cents).ToString();

    private static string Formatted(long cents)
    {
        Span<byte> into = stackalloc byte[CentsText.MaxLength];
        return Encoding.UTF8.GetString(into[..CentsText.Format(cents, into)]);
    }
}
