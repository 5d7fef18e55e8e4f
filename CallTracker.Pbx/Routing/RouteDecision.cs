namespace CallTracker.Pbx.Routing;

/// <summary>The route a dialled number takes, and whether the number was known or fell through to the default.</summary>
public sealed record RouteDecision(Route Route, bool IsKnownNumber);
