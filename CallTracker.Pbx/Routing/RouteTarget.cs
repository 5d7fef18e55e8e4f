namespace CallTracker.Pbx.Routing;

/// <param name="Dealer">The dealer the phone is rung for, on a Weighted route; call events carry it for reports.</param>
public sealed record RouteTarget(string Endpoint, string ManagerName, TimeSpan RingTime, string? Dealer = null);
