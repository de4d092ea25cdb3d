using System.Diagnostics;

namespace Governance.Benchmarks;

/// <summary>Timing and percentiles, the same way for every benchmark.</summary>
public static class Measure
{
    public static async Task<double> MillisecondsAsync(Func<Task<int>> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, int percentile)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1];
    }
}
