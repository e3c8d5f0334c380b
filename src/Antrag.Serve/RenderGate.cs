namespace Antrag.Serve;

/// <summary>
/// Bounds the work of rendering: at most a few renders at once, and an answer after the time limit even when a render is still
/// running (it finishes in the background and only then frees its place, so slow renders cannot pile up).
/// </summary>
internal sealed class RenderGate(int concurrency, TimeSpan limit)
{
    private readonly SemaphoreSlim places = new(concurrency, concurrency);

    /// <summary>Runs <paramref name="work"/> on the thread pool; throws <see cref="TimeoutException"/> when it (or the wait for a place) takes longer than the limit.</summary>
    public async Task<T> Run<T>(Func<T> work, CancellationToken cancel)
    {
        if (!await places.WaitAsync(limit, cancel))
        {
            throw new TimeoutException();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Run(work, CancellationToken.None);
        _ = task.ContinueWith(_ => places.Release(), TaskScheduler.Default);
        var result = await task.WaitAsync(limit, cancel);

        // The timer of WaitAsync runs on the thread pool; a render that keeps every pool thread busy (layout and PNG work in
        // parallel) can finish before the timer gets its turn. The limit holds all the same: a late result is not answered.
        return clock.Elapsed <= limit ? result : throw new TimeoutException();
    }
}
