namespace CallTracker.Benchmarks;

/// <summary>A simulated visitor: their visits (sessions) and the number their page showed last.</summary>
internal sealed class SimulatedVisitor(int index)
{
    public string Id { get; } = $"sim-visitor-{index:D6}";

    public string Phone { get; } = $"7916{index:D7}";

    public List<string> Sessions { get; } = [];

    public string? ShownNumber { get; set; }
}
