namespace CallTracker.Pbx.Routing;

/// <summary>A resolved dealer: its phones (each target naming the dealer), weight, opening hours and cap.</summary>
public sealed record Dealer(string Name, int Weight, BusinessSchedule? Schedule, int? MaxCalls, IReadOnlyList<RouteTarget> Targets)
{
    public IEnumerable<string> Endpoints => Targets.Select(t => t.Endpoint);

    public bool IsOpen(DateTimeOffset instant) => Schedule?.IsOpen(instant) ?? true;
}
