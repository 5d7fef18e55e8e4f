namespace CallTracker.Pbx.Routing;

public sealed record RouteTarget(string Endpoint, string ManagerName, TimeSpan RingTime);
