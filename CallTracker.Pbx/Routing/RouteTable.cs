using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>Maps a dialled tracking number to its route; built once from validated routing.json.</summary>
public sealed class RouteTable : IExtensionDirectory
{
    private readonly Dictionary<string, Route> byNumber;
    private readonly Route defaultRoute;
    private readonly Dictionary<string, Route> routes;
    private readonly Dictionary<string, string> managerNames;
    private readonly string extensionEndpoint;
    private readonly TimeSpan extensionRingTime;

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
        managerNames = names;
        extensionEndpoint = settings.ExtensionEndpoint;
        extensionRingTime = TimeSpan.FromSeconds(settings.ExtensionRingSeconds);
        byNumber = settings.TrackingNumbers.ToDictionary(n => PhoneNumber.Normalize(n.Number), n => routes[n.Route], StringComparer.Ordinal);
    }

    /// <summary>An extension a caller may dial from a menu: only a listed manager's, so a typo is re-prompted, not rung.</summary>
    public bool Exists(string extension) => managerNames.ContainsKey(EndpointOf(extension));

    public RouteTarget Extension(string extension)
    {
        var endpoint = EndpointOf(extension);
        return new RouteTarget(endpoint, managerNames.GetValueOrDefault(endpoint, endpoint), extensionRingTime);
    }

    /// <summary>A route by name, for menus and off-hours actions that hand the caller to another route.</summary>
    public Route Get(string name) => routes[name];

    private string EndpointOf(string extension) => string.Format(System.Globalization.CultureInfo.InvariantCulture, extensionEndpoint, extension);

    public RouteDecision Resolve(string dialledNumber) =>
        byNumber.TryGetValue(PhoneNumber.Normalize(dialledNumber), out var route)
            ? new RouteDecision(route, IsKnownNumber: true)
            : new RouteDecision(defaultRoute, IsKnownNumber: false);
}
