using System.Globalization;

namespace CallTracker.Pbx.Routing;

/// <summary>routing.json turned into lookups: routes by name and by tracking number, managers by endpoint.</summary>
internal sealed record RouteIndex(
    Dictionary<string, Route> Routes,
    Dictionary<string, Route> ByNumber,
    Route DefaultRoute,
    Dictionary<string, string> ManagerNames,
    string ExtensionEndpoint,
    TimeSpan ExtensionRingTime)
{
    public string EndpointOf(string extension) => string.Format(CultureInfo.InvariantCulture, ExtensionEndpoint, extension);

    public static RouteIndex Build(RoutingOptions settings)
    {
        var schedules = settings.Schedules.ToDictionary(
            s => s.Name,
            s => BusinessSchedule.TryParse(s, "Routing:Schedules", []) ?? throw new InvalidOperationException($"Schedule {s.Name} did not pass validation."),
            StringComparer.OrdinalIgnoreCase);
        var names = settings.Managers.ToDictionary(m => m.Endpoint, m => m.Name, StringComparer.OrdinalIgnoreCase);
        List<RouteTarget> Targets(IEnumerable<RouteTargetOptions> targets) =>
            targets.Select(t => new RouteTarget(t.Endpoint, names.GetValueOrDefault(t.Endpoint, t.Endpoint), TimeSpan.FromSeconds(t.RingSeconds))).ToList();
        var dealers = settings.Dealers.ToDictionary(
            d => d.Name,
            d => new Dealer(
                d.Name,
                d.Weight,
                d.Schedule is null ? null : schedules[d.Schedule],
                d.MaxCalls,
                d.Endpoints.Select(e => new RouteTarget(e, names.GetValueOrDefault(e, e), TimeSpan.FromSeconds(d.RingSeconds), d.Name)).ToList()),
            StringComparer.OrdinalIgnoreCase);
        var routes = settings.Routes.ToDictionary(
            r => r.Name,
            r => new Route(
                r.Name,
                r.AnswerCaller,
                r.MusicOnHoldClass,
                Targets(r.Targets),
                r.Menu,
                r.Schedule is null ? null : schedules[r.Schedule],
                r.WhenUnanswered,
                r.Record,
                r.Whisper,
                r.Ring,
                r.Groups.Select(g => new RingGroup(g.Ring, Targets(g.Targets))).ToList(),
                r.Dealers.Select(name => dealers[name]).ToList()),
            StringComparer.OrdinalIgnoreCase);
        return new RouteIndex(
            routes,
            settings.TrackingNumbers.ToDictionary(n => PhoneNumber.Normalize(n.Number), n => routes[n.Route], StringComparer.Ordinal),
            routes[settings.DefaultRoute],
            names,
            settings.ExtensionEndpoint,
            TimeSpan.FromSeconds(settings.ExtensionRingSeconds));
    }
}
