namespace CallTracker.Benchmarks;

/// <summary>Exact percentiles of recorded latencies: a run holds tens of thousands of samples, so sorting them all is cheap and exact.</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<TimeSpan> samples)
    {
        sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
    }

    /// <summary>Nearest-rank percentile in milliseconds, <paramref name="percent"/> from 0 to 100.</summary>
    public double At(double percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];
}
