using BenchmarkDotNet.Attributes;
using NodaTime;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// The investor's IRR of 150 dates over ten years (one investment, then payments): the full grid of
/// <see cref="DiscountedCashFlow.Xirr"/> against the screening's walk (<see cref="XirrSearch.Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/>)
/// from the grid index of the previous set's root, which gives the same rate bit for bit.
/// </summary>
[MemoryDiagnoser]
public class XirrBenchmarks
{
    private const int Sets = 64;
    private readonly XirrSearch _search = new();
    private readonly List<CashFlow[]> _flows = [];
    private readonly List<(int[] Days, decimal[] Amounts)> _byDate = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var start = new LocalDate(2025, 1, 1);
        for (int n = 0; n < Sets; n++)
        {
            var days = new SortedSet<int>();
            while (days.Count < 149)
            {
                days.Add(random.Next(30, 3_650));
            }

            CashFlow[] flows =
            [
                new(start, CashFlowKind.Investment, Money.FromAmount(-1_000_000m)),
                .. days.Select(d => new CashFlow(start.PlusDays(d), CashFlowKind.OutcomePayment, Money.FromAmount(Math.Round((decimal)((random.NextDouble() * 16_000) + 1), 2)))),
            ];
            _flows.Add(flows);
            _byDate.Add(XirrSearch.ByDate(flows));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sets)]
    public double Xirr()
    {
        double sum = 0;
        foreach (CashFlow[] flows in _flows)
        {
            sum += DiscountedCashFlow.Xirr(flows).Rate ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sets)]
    public double WalkFromThePreviousRoot()
    {
        double sum = 0;
        int hint = XirrSearch.GridIndex(0.1);
        foreach ((int[] days, decimal[] amounts) in _byDate)
        {
            XirrScreen screen = _search.Find(days, amounts, hint);
            hint = screen.GridIndex;
            sum += screen.Rate ?? 0;
        }

        return sum;
    }
}
