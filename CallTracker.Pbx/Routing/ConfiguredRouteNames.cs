using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Configuration;

namespace CallTracker.Pbx.Routing;

/// <summary>
/// The route names menus.json may point at, read straight from routing.json's section. Not from <see cref="RouteTable"/>:
/// menus and routes validate each other at start-up, and going through validated options would loop.
/// </summary>
public sealed class ConfiguredRouteNames(IConfiguration configuration) : IKnownRoutes
{
    private readonly HashSet<string> names = configuration.GetSection($"{RoutingOptions.SectionName}:{nameof(RoutingOptions.Routes)}")
        .GetChildren()
        .Select(route => route[nameof(RouteOptions.Name)] ?? "")
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string route) => names.Contains(route);
}
