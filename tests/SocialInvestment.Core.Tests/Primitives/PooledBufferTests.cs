using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Primitives;

/// <summary>
/// A pooled buffer holds what was added, in order, however it grew: items one by one or a participant's lines at once
/// (<c>AddRange</c>, one copy and at most one growth, issue 22), from any starting capacity.
/// </summary>
public sealed class PooledBufferTests
{
    [Property(MaxTest = 500)]
    public Property Holds_what_was_added_in_order() =>
        Prop.ForAll(
            Gen.Choose(0, 100).ToArbitrary(),
            Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 1_000_000)).Where(a => a.Length <= 300)).ToArbitrary(),
            (capacity, pieces) =>
            {
                using var buffer = new PooledBuffer<int>(capacity);
                var expected = new List<int>();
                for (int p = 0; p < pieces.Length; p++)
                {
                    if (p % 3 == 2)
                    {
                        foreach (int item in pieces[p])
                        {
                            buffer.Add(item);
                        }
                    }
                    else
                    {
                        buffer.AddRange(pieces[p]);
                    }

                    expected.AddRange(pieces[p]);
                }

                return (buffer.Count == expected.Count && buffer.Items.SequenceEqual(expected.ToArray())).Label($"{expected.Count} items");
            });
}
