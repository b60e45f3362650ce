namespace SocialInvestment;

/// <summary>
/// Work that is independent per participant, done in fixed chunks on several cores. The chunks depend only on the
/// count, never on timing, and results are put back in chunk order, so the outcome is the same on one core or many.
/// </summary>
internal static class Chunks
{
    internal const int Size = 2048;

    /// <summary>Runs <paramref name="work"/> on each chunk <c>[start, end)</c> of <c>[0, count)</c> and returns the results in chunk order.</summary>
    internal static T[] Map<T>(int count, SettlementOptions options, Func<int, int, T> work)
    {
        int chunks = (count + Size - 1) / Size;
        var results = new T[chunks];
        if (chunks == 1)
        {
            // One chunk is done on this thread: a small settlement does not wait for the thread pool's workers.
            results[0] = work(0, count);
            options.Progress?.Report(count);
            return results;
        }

        var failures = new Exception?[chunks];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            int start = chunk * Size;
            int end = Math.Min(count, start + Size);
            try
            {
                results[chunk] = work(start, end);
            }
#pragma warning disable CA1031 // Kept and rethrown below, so that the caller sees the same exception on any number of cores.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[chunk] = e;
            }

            if (options.Progress is { } progress)
            {
                progress.Report(Interlocked.Add(ref done, end - start));
            }
        });

        // The first failure in participant order, as a single-threaded run would have met it.
        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return results;
    }
}
