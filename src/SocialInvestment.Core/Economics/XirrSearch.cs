using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MathNet.Numerics.RootFinding;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The search for the rates at which dated flows' net present value is 0, behind <see cref="DiscountedCashFlow.Xirr"/>
/// (docs/economics.md): the one home of the grid in <c>x = ln(1 + r)</c>, of the value searched (<see cref="Value"/>) and
/// of the refinement of a sign change (Brent, bisection where that stalls). Two ways over the same grid: every grid point
/// (<see cref="Roots"/>, as Xirr does), or, where the flows in date order change sign exactly once, a walk from a hinted
/// grid index to the one sign change (<see cref="Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/>, for the design
/// screening), which gives Xirr's rate bit for bit because it refines the same interval of the same function with the
/// same code. Where they change sign more than once, the screening gives every grid point a value of
/// <see cref="Value"/>'s sign (<see cref="ScreenGrid"/>): blocks of grid points settled at once from the money in and
/// out at their ends, the powers of each made from a grid point's nearer 0 by multiplication, <see cref="Value"/>
/// itself only where that is too near 0 to be sure of its sign: the same signs, so the same roots. An instance keeps
/// its buffers, and the chains' powers while the days stay the same, between calls, so a search of flows that change
/// sign once allocates nothing once they are large enough; it is not safe for use by several threads at once.
/// </summary>
internal sealed class XirrSearch
{
    /// <summary>The step of the search grid in <c>ln(1 + r)</c>: two rates whose <c>1 + r</c> differ by less than about 1 % may be found as none.</summary>
    internal const double GridStep = 0.01;

    /// <summary>How close to a root the search goes, in <c>ln(1 + r)</c>: about <c>(1 + r) × 10⁻¹³</c> in the rate.</summary>
    internal const double Accuracy = 1e-13;

    /// <summary>Of several roots, the one nearest this rate is the IRR (a spreadsheet's default guess).</summary>
    private const double PreferredRate = 0.1;

    /// <summary>
    /// Where the grid's values made by multiplication (<see cref="ScreenGrid"/>) lie within this of 0 (plus
    /// <see cref="ScreenMarginPerDate"/> a date), <see cref="Value"/> is evaluated instead: more than 400 times the most
    /// the two can differ (docs/economics.md, "The screening's search").
    /// </summary>
    private const double ScreenMargin = 1e-9;

    /// <summary>What <see cref="ScreenMargin"/> grows by for each date: over 400 times the rounding of two sums of that many terms.</summary>
    private const double ScreenMarginPerDate = 1e-13;

    /// <summary>How many grid points <see cref="Block16"/> adds up at once: four vectors of four; the smallest block <see cref="Settle"/> settles.</summary>
    internal const int Block = 16;

    /// <summary>The sizes of block <see cref="Settle"/> settles: 16, 64, 256 and 1,024 grid points.</summary>
    internal const int Levels = 4;

    private readonly Func<double, double> _value;
    private readonly ChainPowers _up = new();
    private readonly ChainPowers _down = new();
    private readonly double[][] _at = new double[Levels][];
    private readonly double[][] _next = new double[Levels][];
    private double[] _years = new double[64];
    private double[] _amounts = new double[64];
    private double[] _inflows = new double[64];
    private double[] _outflows = new double[64];
    private double[] _grid = [];
    private int[] _chainDays = new int[64];
    private int _count;
    private int _chainCount;
    private int _signChanges;
    private bool _chainsFit;
    private bool _highestSettled;

    /// <summary>Creates a search with no flows loaded.</summary>
    internal XirrSearch()
    {
        _value = Value;
        for (int level = 0; level < Levels; level++)
        {
            _at[level] = new double[64];
            _next[level] = new double[64];
        }
    }

    /// <summary>The lowest grid point, <c>ln(1 + </c><see cref="DiscountedCashFlow.LowestRate"/><c>)</c>.</summary>
    internal static double Lowest { get; } = Math.Log(1 + DiscountedCashFlow.LowestRate);

    /// <summary>The highest grid point, <c>ln(1 + </c><see cref="DiscountedCashFlow.HighestRate"/><c>)</c>.</summary>
    internal static double Highest { get; } = Math.Log(1 + DiscountedCashFlow.HighestRate);

    /// <summary>The index of the highest grid point: the grid points are indexed 0 to <see cref="Steps"/>.</summary>
    internal static int Steps { get; } = (int)Math.Ceiling((Highest - Lowest) / GridStep);

    /// <summary>Grid point <paramref name="k"/>: <c>Lowest + k × GridStep</c>, and <see cref="Highest"/> for the last.</summary>
    internal static double GridPoint(int k) => k == Steps ? Highest : Lowest + (k * GridStep);

    /// <summary>The index of the grid point at or just below <paramref name="rate"/>, within 0 to <see cref="Steps"/>: a hint for <see cref="Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/>.</summary>
    /// <param name="rate">An annual rate as a fraction; at −1 or below, or not a number, the lowest index.</param>
    internal static int GridIndex(double rate)
    {
        if (!(rate > -1))
        {
            return 0;
        }

        double k = Math.Floor((Math.Log(1 + rate) - Lowest) / GridStep);
        return k <= 0 ? 0 : k >= Steps ? Steps : (int)k;
    }

    /// <summary>Of several roots (ascending rates), the IRR: the one nearest 10 %, the lower where two are as near.</summary>
    internal static double Chosen(List<double> roots) =>
        roots.OrderBy(r => Math.Abs(r - PreferredRate)).ThenBy(r => r).First();

    /// <summary>
    /// The flows of each date added up, the dates whose flows cancel left out, ascending: as day numbers from the earliest
    /// date and amounts, the input of <see cref="Load"/>.
    /// </summary>
    internal static (int[] Days, decimal[] Amounts) ByDate(IEnumerable<CashFlow> flows)
    {
        var byDate = flows
            .GroupBy(f => f.Date)
            .Select(g => (Date: g.Key, Amount: g.Aggregate(Money.Zero, (sum, f) => sum + f.Amount)))
            .Where(f => f.Amount != Money.Zero)
            .OrderBy(f => f.Date)
            .ToArray();
        return byDate.Length == 0
            ? ([], [])
            : (byDate.Select(f => Period.DaysBetween(byDate[0].Date, f.Date)).ToArray(), byDate.Select(f => f.Amount.Amount).ToArray());
    }

    /// <summary>
    /// Loads the flows of one search: what <see cref="Value"/>, <see cref="Roots"/> and <see cref="Walk"/> then search.
    /// </summary>
    /// <param name="days">Day numbers, strictly ascending: one per date (only the days between them count).</param>
    /// <param name="amounts">The amount on each date, none 0: below 0 money out, above 0 money in.</param>
    /// <returns><see cref="IrrStatus.NoFlows"/> or <see cref="IrrStatus.OneSign"/> where there is nothing to search; else null.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a day is not after the one before, or an amount is 0.</exception>
    internal IrrStatus? Load(ReadOnlySpan<int> days, ReadOnlySpan<decimal> amounts)
    {
        Preconditions.CheckArgument(days.Length == amounts.Length, nameof(amounts), "One amount per day.");
        _count = 0;
        _signChanges = 0;
        if (days.Length == 0)
        {
            return IrrStatus.NoFlows;
        }

        if (_years.Length < days.Length)
        {
            int capacity = Math.Max(days.Length, 2 * _years.Length);
            _years = new double[capacity];
            _amounts = new double[capacity];
            _inflows = new double[capacity];
            _outflows = new double[capacity];
            for (int level = 0; level < Levels; level++)
            {
                _at[level] = new double[capacity];
                _next[level] = new double[capacity];
            }
        }

        // The chains' powers depend on the days only: kept while the days are the same (as for a run's candidates).
        if (!_chainsFit || _chainCount != days.Length || !days.SequenceEqual(_chainDays.AsSpan(0, days.Length)))
        {
            _chainsFit = false;
            if (_chainDays.Length < days.Length)
            {
                _chainDays = new int[_years.Length];
            }

            days.CopyTo(_chainDays);
            _chainCount = days.Length;
        }

        decimal size = 0;
        for (int i = 0; i < days.Length; i++)
        {
            Preconditions.CheckArgument(amounts[i] != 0, nameof(amounts), "No amount is 0: leave its date out.");
            Preconditions.CheckArgument(i == 0 || days[i] > days[i - 1], nameof(days), "The days are strictly ascending: add up the flows of one date.");
            size += Math.Abs(amounts[i]);
            if (i > 0 && (amounts[i] < 0) != (amounts[i - 1] < 0))
            {
                _signChanges++;
            }
        }

        if (_signChanges == 0)
        {
            return IrrStatus.OneSign;
        }

        // The value is scaled so that it lies in [−1, 1] whatever the currency's scale (see Value).
        for (int i = 0; i < days.Length; i++)
        {
            _years[i] = (days[i] - days[0]) / (double)DiscountedCashFlow.DaysPerYear;
            _amounts[i] = (double)(amounts[i] / size);
        }

        _count = days.Length;
        return null;
    }

    /// <summary>
    /// The loaded flows' net present value as a function of x = ln(1 + r), multiplied by a positive factor that changes
    /// no sign and no root but keeps every power at most 1, so nothing overflows over any span of dates: discounted to
    /// the first date where x ≥ 0, compounded to the last where x &lt; 0. The amounts are divided by the sum of their
    /// sizes, so the value lies in [−1, 1] whatever the currency's scale.
    /// </summary>
    internal double Value(double x)
    {
        double lastYear = _years[_count - 1];
        double sum = 0;
        for (int i = 0; i < _count; i++)
        {
            double exponent = x >= 0 ? -x * _years[i] : x * (lastYear - _years[i]);
            sum += _amounts[i] * Math.Exp(exponent);
        }

        return sum;
    }

    /// <summary>
    /// Every root of the loaded flows on the grid, as rates, ascending: each grid point where <see cref="Value"/> is
    /// exactly 0, and each grid interval whose ends have opposite signs, refined by <see cref="Refine"/>.
    /// </summary>
    internal List<double> Roots() => GridRoots(screened: false);

    /// <summary>
    /// As <see cref="Roots"/>; where <paramref name="screened"/>, with the grid's values of <see cref="ScreenGrid"/>,
    /// which have <see cref="Value"/>'s signs and zeros, so the same intervals are refined and the same roots found.
    /// </summary>
    private List<double> GridRoots(bool screened)
    {
        if (screened)
        {
            ScreenGrid();
        }

        var roots = new List<double>();
        double x0 = Lowest;
        double f0 = screened ? _grid[0] : Value(x0);
        for (int k = 1; k <= Steps; k++)
        {
            if (screened && f0 != 0)
            {
                // The grid points of f0's sign hold no root: on to the first that has not it.
                int j = Unchanged(k, f0 > 0);
                if (j > Steps)
                {
                    x0 = Highest;
                    f0 = _grid[Steps];
                    break;
                }

                if (j > k)
                {
                    k = j;
                    x0 = GridPoint(k - 1);
                    f0 = _grid[k - 1];
                }
            }

            double x1 = GridPoint(k);
            double f1 = screened ? _grid[k] : Value(x1);
            if (f0 == 0)
            {
                roots.Add(x0);
            }
            else if (f1 != 0 && Math.Sign(f0) != Math.Sign(f1))
            {
                roots.Add(Refine(x0, x1));
            }

            x0 = x1;
            f0 = f1;
        }

        if (f0 == 0)
        {
            roots.Add(x0);
        }

        return roots.Select(Rate).ToList();
    }

    /// <summary>
    /// What <see cref="DiscountedCashFlow.Xirr"/> gives for the loaded flows: where they change sign exactly once, by a
    /// walk from grid point <paramref name="hint"/> to the grid interval where <see cref="Value"/> changes sign; otherwise
    /// from all the <see cref="Roots"/>. Only after <see cref="Load"/> has returned null.
    /// </summary>
    /// <param name="hint">A grid index near the root (clamped to 0 to <see cref="Steps"/>), as the last search returned.</param>
    internal XirrScreen Walk(int hint)
    {
        int k = Math.Clamp(hint, 0, Steps);
        if (_signChanges != 1)
        {
            List<double> roots = GridRoots(screened: true);
            if (roots.Count == 0)
            {
                return new XirrScreen(null, IrrStatus.NoRoot, k);
            }

            double rate = Chosen(roots);
            return new XirrScreen(rate, roots.Count == 1 ? IrrStatus.Found : IrrStatus.SeveralFound, GridIndex(rate));
        }

        // One sign change: the value has one root (Descartes), below which it has the last flow's sign (as r → −1 the
        // last flow outweighs all) and above which the first flow's. Each grid point's computed sign is the true one
        // except within about 1e-10 of the root (docs/economics.md), so the grid changes sign once, as Xirr sees it.
        int below = Math.Sign(_amounts[_count - 1]);
        double x = GridPoint(k);
        double f = Value(x);
        if (f == 0)
        {
            return new XirrScreen(Rate(x), IrrStatus.Found, k);
        }

        if (Math.Sign(f) == below)
        {
            for (int j = k + 1; j <= Steps; j++)
            {
                double x1 = GridPoint(j);
                double f1 = Value(x1);
                if (f1 == 0)
                {
                    return new XirrScreen(Rate(x1), IrrStatus.Found, j);
                }

                if (Math.Sign(f1) != below)
                {
                    return new XirrScreen(Rate(Refine(x, x1)), IrrStatus.Found, j);
                }

                x = x1;
            }

            return new XirrScreen(null, IrrStatus.NoRoot, Steps);
        }

        for (int j = k - 1; j >= 0; j--)
        {
            double x0 = GridPoint(j);
            double f0 = Value(x0);
            if (f0 == 0)
            {
                return new XirrScreen(Rate(x0), IrrStatus.Found, j);
            }

            if (Math.Sign(f0) == below)
            {
                return new XirrScreen(Rate(Refine(x0, x)), IrrStatus.Found, j + 1);
            }

            x = x0;
        }

        return new XirrScreen(null, IrrStatus.NoRoot, 0);
    }

    /// <summary>
    /// The rate and status <see cref="DiscountedCashFlow.Xirr"/> gives for flows already added up by date, bit for bit;
    /// allocates nothing where the flows change sign once and fit the buffers.
    /// </summary>
    /// <param name="days">Day numbers, strictly ascending: one per date (only the days between them count).</param>
    /// <param name="amounts">The amount on each date, none 0: below 0 money out, above 0 money in.</param>
    /// <param name="hint">A grid index near the root, as the last search returned or <see cref="GridIndex"/> gives.</param>
    /// <exception cref="ArgumentException">The spans differ in length, a day is not after the one before, or an amount is 0.</exception>
    internal XirrScreen Find(ReadOnlySpan<int> days, ReadOnlySpan<decimal> amounts, int hint) =>
        Load(days, amounts) is { } none ? new XirrScreen(null, none, hint) : Walk(hint);

    /// <summary>As <see cref="Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/>, for flows as <see cref="Economics.Of"/> lists them.</summary>
    internal XirrScreen Find(IEnumerable<CashFlow> flows, int hint)
    {
        (int[] days, decimal[] amounts) = ByDate(flows);
        return Find(days, amounts, hint);
    }

    /// <summary>
    /// Fills <c>_grid</c> with a value at every grid point that has <see cref="Value"/>'s sign there, and is 0 exactly
    /// where Value is: the powers of each grid point made from those of a grid point nearer <c>x = 0</c> by
    /// multiplication (<c>e^(−(x + mh)t) = e^(−xt) × e^(−ht)^m</c>), in two chains from the grid points on either side of
    /// 0 outwards, so every power only shrinks and Value's choice of date to discount or compound to is kept, blocks of
    /// grid points settled at once where they cannot change sign (<see cref="Settle"/>); then, wherever a value lies
    /// within the margin (<see cref="ScreenMargin"/>) of 0, Value itself. A computed value and Value differ by less than
    /// b = 1.1 × 10⁻¹² + n × 2.3 × 10⁻¹⁶ for n dates (docs/economics.md, "The screening's search"), and a settled bound
    /// beyond the margin leaves Value beyond it less 3b, so every value beyond the margin has Value's sign.
    /// </summary>
    private void ScreenGrid()
    {
        if (_grid.Length == 0)
        {
            _grid = new double[Steps + 1];
        }

        int n = _count;
        int zero = FirstNonNegative;
        double margin = ScreenMargin + (n * ScreenMarginPerDate);
        for (int i = 0; i < n; i++)
        {
            _inflows[i] = Math.Max(_amounts[i], 0);
            _outflows[i] = Math.Max(-_amounts[i], 0);
        }

        if (!_chainsFit)
        {
            FillChains();
            _chainsFit = true;
        }

        // Up from the first grid point at or above 0, discounting to the first date as Value does there; down from the
        // last grid point below 0, compounding to the last date as Value does there.
        _highestSettled = false;
        Chain(_up, zero, Steps - zero, 1, margin);
        Chain(_down, zero - 1, zero, -1, margin);
        if (!_highestSettled)
        {
            _grid[Steps] = Value(Highest);
        }
    }

    /// <summary>The first screened grid point from <paramref name="k"/> on whose value is not above 0 (<paramref name="positive"/>) or not below it, or <see cref="Steps"/> + 1 where none is.</summary>
    private int Unchanged(int k, bool positive)
    {
        ref double grid = ref MemoryMarshal.GetArrayDataReference(_grid);
        int end = Steps + 1;
        for (; k + Vector256<double>.Count <= end; k += Vector256<double>.Count)
        {
            Vector256<double> values = Vector256.LoadUnsafe(ref grid, (nuint)k);
            Vector256<double> kept = positive ? Vector256.GreaterThan(values, Vector256<double>.Zero) : Vector256.LessThan(values, Vector256<double>.Zero);
            uint changed = ~kept.ExtractMostSignificantBits() & 0xF;
            if (changed != 0)
            {
                return k + BitOperations.TrailingZeroCount(changed);
            }
        }

        for (; k < end; k++)
        {
            if (positive ? !(_grid[k] > 0) : !(_grid[k] < 0))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// The values <see cref="ScreenGrid"/> gives the loaded flows at grid points 0 to <see cref="Steps"/>, for the tests
    /// of its bound; only after <see cref="Load"/> has returned null.
    /// </summary>
    internal double[] Screened()
    {
        ScreenGrid();
        return [.. _grid];
    }

    /// <summary>
    /// The powers and ratios of the two chains for the loaded dates, which depend on the days only: each date's power at
    /// the chain's first grid point (with <c>exp</c>, as <see cref="Value"/> computes it), its ratio <c>ρ</c> from one
    /// grid point to the next as <c>ρ⁰ … ρ¹⁵</c> by multiplication, and <c>ρ¹⁶</c>, <c>ρ⁶⁴</c>, <c>ρ²⁵⁶</c>,
    /// <c>ρ¹⁰²⁴</c>, each the fourth power of the one before by multiplication.
    /// </summary>
    private void FillChains()
    {
        int n = _count;
        _up.Fit(n);
        _down.Fit(n);
        double lastYear = _years[n - 1];
        double up = GridPoint(FirstNonNegative);
        double down = GridPoint(FirstNonNegative - 1);
        for (int i = 0; i < n; i++)
        {
            _up.Start[i] = Math.Exp(-up * _years[i]);
            _up.Fill(i, Math.Exp(-GridStep * _years[i]));
            double toLast = lastYear - _years[i];
            _down.Start[i] = Math.Exp(down * toLast);
            _down.Fill(i, Math.Exp(-GridStep * toLast));
        }
    }

    /// <summary>
    /// The values at the <paramref name="count"/> grid points from <paramref name="from"/> on (by
    /// <paramref name="step"/>) into <c>_grid</c>, in blocks of 1,024, 256, 64 and 16 grid points (<see cref="Settle"/>)
    /// from the chain's powers at its first grid point.
    /// </summary>
    private void Chain(ChainPowers chain, int from, int count, int step, double margin)
    {
        int top = Levels - 1;
        Array.Copy(chain.Start, _at[top], _count);
        (double moneyIn, double moneyOut) = MoneyInAndOut(_at[top], null, null);
        Settle(chain, top, from, count, step, moneyIn, moneyOut, margin);
    }

    /// <summary>
    /// The values at the <paramref name="count"/> grid points from <paramref name="first"/> on (by <paramref name="step"/>)
    /// into <c>_grid</c>, from the powers at <paramref name="first"/> (in <c>_at[level]</c>) and the money in and out
    /// there, in blocks of <c>16 × 4^level</c> grid points. At each block's far end only the money in and the money out
    /// are summed (the powers multiplied by the level's power of <c>ρ</c>); each sum only shrinks along the chain, so
    /// within the block the value lies between the smaller money in less the larger money out and the larger money in
    /// less the smaller money out. Where that settles the sign beyond <paramref name="margin"/>, the block's grid points
    /// get that bound, which has the sign; elsewhere the block is settled in four smaller ones the same way, or at the
    /// level of 16 each grid point gets its value (<see cref="Block16"/>). A last block shorter than its level is settled
    /// in smaller ones at once, so no far end lies more than 15 grid points beyond the chain.
    /// </summary>
    private void Settle(ChainPowers chain, int level, int first, int count, int step, double moneyIn, double moneyOut, double margin)
    {
        int size = Block << (2 * level);
        Span<double> sums = stackalloc double[Block];
        for (int done = 0; done < count; done += size)
        {
            int points = Math.Min(size, count - done);
            int start = first + (done * step);
            if (level > 0 && points < size)
            {
                Array.Copy(_at[level], _at[level - 1], _count);
                Settle(chain, level - 1, start, points, step, moneyIn, moneyOut, margin);
                return;
            }

            (double nextIn, double nextOut) = MoneyInAndOut(_at[level], chain.Ratios[level], _next[level]);
            double lower = Math.Min(moneyIn, nextIn) - Math.Max(moneyOut, nextOut);
            double upper = Math.Max(moneyIn, nextIn) - Math.Min(moneyOut, nextOut);
            if (lower > margin || upper < -margin)
            {
                double bound = lower > margin ? lower : upper;
                _grid.AsSpan(step > 0 ? start : start - points + 1, points).Fill(bound);

                // The block's far end lies at or beyond the top grid point's x (the chain's last grid point is the one
                // before it), so the bound holds there too.
                if (start + ((points - 1) * step) == Steps - 1)
                {
                    _grid[Steps] = bound;
                    _highestSettled = true;
                }
            }
            else if (level == 0)
            {
                Block16(_at[0], chain.Steps, sums);
                for (int j = 0; j < points; j++)
                {
                    int k = start + (j * step);
                    _grid[k] = Math.Abs(sums[j]) <= margin ? Value(GridPoint(k)) : sums[j];
                }
            }
            else
            {
                Array.Copy(_at[level], _at[level - 1], _count);
                Settle(chain, level - 1, start, points, step, moneyIn, moneyOut, margin);
            }

            (_at[level], _next[level]) = (_next[level], _at[level]);
            (moneyIn, moneyOut) = (nextIn, nextOut);
        }
    }

    /// <summary>
    /// The money in and the money out (each date's amount times its power) at <paramref name="powers"/>, or where
    /// <paramref name="ratios"/> are given, at the powers times them, which go into <paramref name="into"/>.
    /// </summary>
    private (double In, double Out) MoneyInAndOut(double[] powers, double[]? ratios, double[]? into)
    {
        int n = _count;
        bool advance = ratios is not null;
        int width = Vector256<double>.Count;
        ref double inflows = ref MemoryMarshal.GetArrayDataReference(_inflows);
        ref double outflows = ref MemoryMarshal.GetArrayDataReference(_outflows);
        ref double from = ref MemoryMarshal.GetArrayDataReference(powers);
        ref double to = ref MemoryMarshal.GetArrayDataReference(into ?? powers);
        ref double by = ref MemoryMarshal.GetArrayDataReference(ratios ?? powers);
        Vector256<double> moneyIn = Vector256<double>.Zero, moneyOut = moneyIn;
        int i = 0;
        for (; i + width <= n; i += width)
        {
            Vector256<double> power = Vector256.LoadUnsafe(ref from, (nuint)i);
            if (advance)
            {
                power *= Vector256.LoadUnsafe(ref by, (nuint)i);
                power.StoreUnsafe(ref to, (nuint)i);
            }

            moneyIn = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref inflows, (nuint)i), power, moneyIn);
            moneyOut = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref outflows, (nuint)i), power, moneyOut);
        }

        double sumIn = Vector256.Sum(moneyIn), sumOut = Vector256.Sum(moneyOut);
        for (; i < n; i++)
        {
            double power = Unsafe.Add(ref from, i);
            if (advance)
            {
                power *= Unsafe.Add(ref by, i);
                Unsafe.Add(ref to, i) = power;
            }

            sumIn += Unsafe.Add(ref inflows, i) * power;
            sumOut += Unsafe.Add(ref outflows, i) * power;
        }

        return (sumIn, sumOut);
    }

    /// <summary>
    /// The values at the <see cref="Block"/> grid points from <paramref name="powers"/>' on, each in a lane of four
    /// vectors: a date adds its amount times its power times <c>ρ⁰ … ρ¹⁵</c> (<paramref name="steps"/>) to them; two
    /// dates at a time into two sets of sums, so that no sum waits on the one before.
    /// </summary>
    private void Block16(double[] powers, double[] steps, Span<double> sums)
    {
        int n = _count;
        ref double amounts = ref MemoryMarshal.GetArrayDataReference(_amounts);
        ref double power = ref MemoryMarshal.GetArrayDataReference(powers);
        ref double ratio = ref MemoryMarshal.GetArrayDataReference(steps);
        Vector256<double> s0 = Vector256<double>.Zero, s1 = s0, s2 = s0, s3 = s0, t0 = s0, t1 = s0, t2 = s0, t3 = s0;
        int i = 0;
        for (; i + 1 < n; i += 2)
        {
            var a = Vector256.Create(Unsafe.Add(ref amounts, i) * Unsafe.Add(ref power, i));
            var b = Vector256.Create(Unsafe.Add(ref amounts, i + 1) * Unsafe.Add(ref power, i + 1));
            ref double r = ref Unsafe.Add(ref ratio, Block * i);
            s0 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 0), s0);
            s1 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 4), s1);
            s2 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 8), s2);
            s3 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 12), s3);
            t0 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref r, 16), t0);
            t1 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref r, 20), t1);
            t2 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref r, 24), t2);
            t3 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref r, 28), t3);
        }

        if (i < n)
        {
            var a = Vector256.Create(Unsafe.Add(ref amounts, i) * Unsafe.Add(ref power, i));
            ref double r = ref Unsafe.Add(ref ratio, Block * i);
            s0 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 0), s0);
            s1 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 4), s1);
            s2 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 8), s2);
            s3 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref r, 12), s3);
        }

        (s0 + t0).CopyTo(sums);
        (s1 + t1).CopyTo(sums[4..]);
        (s2 + t2).CopyTo(sums[8..]);
        (s3 + t3).CopyTo(sums[12..]);
    }

    /// <summary>The index of the first grid point at or above 0: where the screening's chain up starts, the one down starting just below.</summary>
    internal static int FirstNonNegative { get; } = Enumerable.Range(0, Steps + 1).First(k => GridPoint(k) >= 0);

    /// <summary>
    /// The root in [<paramref name="x0"/>, <paramref name="x1"/>] of <see cref="Value"/>, whose ends have opposite signs:
    /// Brent's method to <see cref="Accuracy"/> in at most 200 iterations, MathNet's bisection where that stalls.
    /// </summary>
    private double Refine(double x0, double x1)
    {
        if (!Brent.TryFindRoot(_value, x0, x1, Accuracy, 200, out double root))
        {
            root = Bisection.FindRoot(_value, x0, x1, Accuracy, 200);
        }

        return root;
    }

    private static double Rate(double x) => Math.Exp(x) - 1;

    /// <summary>
    /// One chain's powers for the loaded dates (<see cref="FillChains"/>): each date's power at the chain's first grid
    /// point, its ratio <c>ρ</c> from one grid point to the next as <c>ρ⁰ … ρ¹⁵</c> (16 a date), and <c>ρ^(16 × 4^level)</c>
    /// for each level of block.
    /// </summary>
    private sealed class ChainPowers
    {
        internal double[] Start { get; private set; } = [];

        internal double[] Steps { get; private set; } = [];

        internal double[][] Ratios { get; } = new double[Levels][];

        /// <summary>Makes room for <paramref name="count"/> dates.</summary>
        internal void Fit(int count)
        {
            if (Start.Length >= count)
            {
                return;
            }

            int capacity = Math.Max(count, 2 * Start.Length);
            Start = new double[capacity];
            Steps = new double[Block * capacity];
            for (int level = 0; level < Levels; level++)
            {
                Ratios[level] = new double[capacity];
            }
        }

        /// <summary>Date <paramref name="i"/>'s powers of its ratio: <c>ρ⁰ … ρ¹⁶</c> one product at a time, then each level's the fourth power of the one before.</summary>
        internal void Fill(int i, double ratio)
        {
            double power = 1;
            for (int j = 0; j < Block; j++)
            {
                Steps[(Block * i) + j] = power;
                power *= ratio;
            }

            Ratios[0][i] = power;
            for (int level = 1; level < Levels; level++)
            {
                double below = Ratios[level - 1][i];
                Ratios[level][i] = below * below * below * below;
            }
        }
    }
}
