using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// The employment rates of the cohort's rows in one piece of a DREAM extract, kept compactly until they are handed to
/// <see cref="EmploymentRates"/>: a million people with ten years of months are 120 million cells, most of them 0. Only
/// rates above 0 are kept (a known month without a rate is 0), each as four bytes: the month's place among the
/// extract's <c>grad_</c> columns and the rate in ten-thousandths, which holds every rate DREAM writes (two or four
/// decimals) exactly; a rate with more decimals is kept as it was read, beside.
/// </summary>
internal sealed class EmploymentRateRows
{
    private const int BlockSize = 1 << 16;
    private const uint Scale = 10_000;
    private const uint Beside = ushort.MaxValue;
    private readonly List<ParticipantId> _people = [];
    private readonly List<long> _starts = [];
    private readonly List<uint[]> _blocks = [];
    private readonly Dictionary<long, decimal> _beside = [];
    private long _count;

    /// <summary>Keeps a person's rates above 0, each with its month's place among the <c>grad_</c> columns.</summary>
    internal void Add(ParticipantId person, IReadOnlyList<(int Month, decimal Rate)> rates)
    {
        if (rates.Count == 0)
        {
            return;
        }

        _people.Add(person);
        _starts.Add(_count);
        foreach (var (month, rate) in rates)
        {
            decimal scaled = rate * Scale;
            uint value = scaled == decimal.Truncate(scaled) ? (uint)scaled : Beside;
            if (value == Beside)
            {
                _beside.Add(_count, rate);
            }

            int offset = (int)(_count % BlockSize);
            if (offset == 0)
            {
                _blocks.Add(new uint[BlockSize]);
            }

            _blocks[^1][offset] = ((uint)month << 16) | value;
            _count++;
        }
    }

    /// <summary>The rates of the parts, in the parts' order, as <see cref="EmploymentRate"/>s made one at a time.</summary>
    /// <param name="parts">The pieces' rates, in file order.</param>
    /// <param name="months">The month of each <c>grad_</c> column, by its place.</param>
    internal static IEnumerable<EmploymentRate> All(IEnumerable<EmploymentRateRows> parts, IReadOnlyList<YearMonth> months)
    {
        foreach (EmploymentRateRows part in parts)
        {
            for (int p = 0; p < part._people.Count; p++)
            {
                long end = p + 1 < part._people.Count ? part._starts[p + 1] : part._count;
                for (long i = part._starts[p]; i < end; i++)
                {
                    uint cell = part._blocks[(int)(i / BlockSize)][(int)(i % BlockSize)];
                    uint value = cell & 0xFFFF;
                    decimal rate = value == Beside ? part._beside[i] : value / (decimal)Scale;
                    yield return new EmploymentRate(part._people[p], months[(int)(cell >> 16)], rate);
                }
            }
        }
    }
}
