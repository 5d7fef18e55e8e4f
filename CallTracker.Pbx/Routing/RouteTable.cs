using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>
/// Maps a dialled tracking number to its route; built from validated routing.json on first use, not in the
/// constructor, because hosted services that depend on it are created before start-up validation reports its problems.
/// </summary>
public sealed class RouteTable(IOptions<RoutingOptions> options) : IExtensionDirectory
{
    private readonly Lazy<RouteIndex> index = new(() => RouteIndex.Build(options.Value));

    /// <summary>An extension a caller may dial from a menu: only a listed manager's, so a typo is re-prompted, not rung.</summary>
    public bool Exists(string extension) => index.Value.ManagerNames.ContainsKey(index.Value.EndpointOf(extension));

    public RouteTarget Extension(string extension)
    {
        var endpoint = index.Value.EndpointOf(extension);
        return new RouteTarget(endpoint, index.Value.ManagerNames.GetValueOrDefault(endpoint, endpoint), index.Value.ExtensionRingTime);
    }

    /// <summary>A route by name, for menus and off-hours actions that hand the caller to another route.</summary>
    public Route Get(string name) => index.Value.Routes[name];

    /// <summary>A route by name; null when routing.json has none (a name from outside, such as a callback request).</summary>
    public Route? Find(string name) => index.Value.Routes.GetValueOrDefault(name);

    /// <summary>The name routing.json gives the manager at <paramref name="endpoint"/>; the endpoint itself when it lists none.</summary>
    public string ManagerName(string endpoint) => index.Value.ManagerNames.GetValueOrDefault(endpoint, endpoint);

    public RouteDecision Resolve(string dialledNumber) =>
        index.Value.ByNumber.TryGetValue(PhoneNumber.Normalize(dialledNumber), out var route)
            ? new RouteDecision(route, IsKnownNumber: true)
            : new RouteDecision(index.Value.DefaultRoute, IsKnownNumber: false);
}
