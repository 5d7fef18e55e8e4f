namespace CallTracker.Benchmarks;

/// <summary>What one simulated visitor will do, as offsets from the simulation's start; the same for every scenario.</summary>
internal sealed record VisitorPlan(int Index, IReadOnlyList<(TimeSpan From, TimeSpan Length)> Visits, TimeSpan? CallAt)
{
    /// <summary>
    /// The traffic model: arrivals spread evenly over six hours; visits last 0.5 to 40 minutes (exponential, mean 6);
    /// 20% come back 10 minutes to 6 hours later; 30% call after their last visit: 45% while the page is open,
    /// 40% soon after closing it (exponential, mean 8 minutes) and 15% much later (30 minutes to 4 hours).
    /// </summary>
    public static IReadOnlyList<VisitorPlan> Generate(int visitors, int seed)
    {
        var random = new Random(seed);
        var plans = new List<VisitorPlan>(visitors);
        for (var i = 0; i < visitors; i++)
        {
            var visits = new List<(TimeSpan, TimeSpan)> { (Minutes(random.NextDouble() * 360), Browse(random)) };
            if (random.NextDouble() < 0.20)
            {
                var (from, length) = visits[0];
                visits.Add((from + length + Minutes(10 + (random.NextDouble() * 350)), Browse(random)));
            }

            plans.Add(new VisitorPlan(i, visits, random.NextDouble() < 0.30 ? CallTime(random, visits[^1]) : null));
        }

        return plans;
    }

    private static TimeSpan CallTime(Random random, (TimeSpan From, TimeSpan Length) visit)
    {
        var kind = random.NextDouble();
        var end = visit.From + visit.Length;
        return kind switch
        {
            < 0.45 => visit.From + (visit.Length * random.NextDouble()),
            < 0.85 => end + Minutes(Exponential(random, 8)),
            _ => end + Minutes(30 + (random.NextDouble() * 210)),
        };
    }

    private static TimeSpan Browse(Random random) => Minutes(Math.Clamp(Exponential(random, 6), 0.5, 40));

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);
}
