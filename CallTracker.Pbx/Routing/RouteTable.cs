using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>Maps a dialled tracking number to its route; built once from validated routing.json.</summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Route> byNumber;
    private readonly Route defaultRoute;
    private readonly Dictionary<string, Route> routes;

    public RouteTable(IOptions<RoutingOptions> options)
    {
        var settings = options.Value;
        var schedules = settings.Schedules.ToDictionary(
            s => s.Name,
            s => BusinessSchedule.TryParse(s, "Routing:Schedules", []) ?? throw new InvalidOperationException($"Schedule {s.Name} did not pass validation."),
            StringComparer.OrdinalIgnoreCase);
        var names = settings.Managers.ToDictionary(m => m.Endpoint, m => m.Name, StringComparer.OrdinalIgnoreCase);
        var routes = settings.Routes.ToDictionary(
            r => r.Name,
            r => new Route(
                r.Name,
                r.AnswerCaller,
                r.MusicOnHoldClass,
                r.Targets.Select(t => new RouteTarget(t.Endpoint, names.GetValueOrDefault(t.Endpoint, t.Endpoint), TimeSpan.FromSeconds(t.RingSeconds))).ToList(),
                r.Menu,
                r.Schedule is null ? null : schedules[r.Schedule],
                r.WhenUnanswered),
            StringComparer.OrdinalIgnoreCase);
        defaultRoute = routes[settings.DefaultRoute];
        this.routes = routes;
        byNumber = settings.TrackingNumbers.ToDictionary(n => PhoneNumber.Normalize(n.Number), n => routes[n.Route], StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> RouteNames => routes.Keys;

    /// <summary>A route by name, for menus and off-hours actions that hand the caller to another route.</summary>
    public Route Get(string name) => routes[name];

    public RouteDecision Resolve(string dialledNumber) =>
        byNumber.TryGetValue(PhoneNumber.Normalize(dialledNumber), out var route)
            ? new RouteDecision(route, IsKnownNumber: true)
            : new RouteDecision(defaultRoute, IsKnownNumber: false);
}
