namespace CallTracker.Pbx.Routing;

/// <summary>A resolved group of a Priority route.</summary>
public sealed record RingGroup(RingMode Ring, IReadOnlyList<RouteTarget> Targets);
