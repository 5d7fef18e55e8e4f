namespace CallTracker.Pbx.Routing;

/// <summary>
/// The part of <see cref="RoutingOptionsValidator"/> that checks Priority groups, dealers and Weighted routes; every
/// problem names routing.json and its key.
/// </summary>
internal static class RingPlanValidator
{
    private const string File = "routing.json";

    /// <param name="managers">Endpoints listed in Routing:Managers.</param>
    /// <param name="schedules">Names of Routing:Schedules.</param>
    public static void Validate(RoutingOptions options, IReadOnlySet<string> managers, IReadOnlySet<string> schedules, List<string> errors)
    {
        var dealers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Dealers.Count; i++)
        {
            ValidateDealer(options.Dealers[i], $"Routing:Dealers[{i}]", managers, schedules, dealers, errors);
        }

        for (var i = 0; i < options.Routes.Count; i++)
        {
            var route = options.Routes[i];
            var key = $"Routing:Routes[{i}]";
            ValidateUse(route, key, errors);
            for (var g = 0; g < route.Groups.Count; g++)
            {
                ValidateGroup(route.Groups[g], $"{key}:Groups[{g}]", managers, errors);
            }

            var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var d = 0; d < route.Dealers.Count; d++)
            {
                var name = route.Dealers[d];
                if (!dealers.Contains(name))
                {
                    errors.Add($"{File}: {key}:Dealers[{d}] '{name}' is not the name of a dealer in Routing:Dealers.");
                }
                else if (!listed.Add(name))
                {
                    errors.Add($"{File}: {key}:Dealers[{d}] '{name}' is listed twice.");
                }
            }
        }
    }

    /// <summary>Groups only with Ring Priority, dealers only with Ring Weighted, and those two without Targets or a Menu.</summary>
    private static void ValidateUse(RouteOptions route, string key, List<string> errors)
    {
        if (route.Groups.Count > 0 && route.Ring != RingMode.Priority)
        {
            errors.Add($"{File}: {key}:Groups is only rung when Ring is Priority (Ring is {route.Ring}).");
        }

        if (route.Dealers.Count > 0 && route.Ring != RingMode.Weighted)
        {
            errors.Add($"{File}: {key}:Dealers is only rung when Ring is Weighted (Ring is {route.Ring}).");
        }

        if (route.Ring == RingMode.Priority && route.Groups.Count == 0)
        {
            errors.Add($"{File}: {key}:Groups is empty; a Priority route rings its groups in order.");
        }

        if (route.Ring == RingMode.Weighted && route.Dealers.Count == 0)
        {
            errors.Add($"{File}: {key}:Dealers is empty; a Weighted route rings dealers named in Routing:Dealers.");
        }

        if (route.Ring is not (RingMode.Priority or RingMode.Weighted))
        {
            return;
        }

        if (route.Targets.Count > 0)
        {
            errors.Add($"{File}: {key}:Targets is not rung by a {route.Ring} route; list the managers in {(route.Ring == RingMode.Priority ? "Groups" : "Routing:Dealers")} instead.");
        }

        if (!string.IsNullOrWhiteSpace(route.Menu))
        {
            errors.Add($"{File}: {key}:Ring {route.Ring} does not go with a Menu: the menu chooses the route that rings, so give that route the {route.Ring} ring.");
        }
    }

    private static void ValidateGroup(RingGroupOptions group, string key, IReadOnlySet<string> managers, List<string> errors)
    {
        if (group.Ring is not (RingMode.Sequential or RingMode.Simultaneous))
        {
            errors.Add($"{File}: {key}:Ring '{group.Ring}' is not Sequential or Simultaneous.");
        }

        if (group.Targets.Count == 0)
        {
            errors.Add($"{File}: {key}:Targets is empty; each group rings at least one manager.");
        }

        for (var t = 0; t < group.Targets.Count; t++)
        {
            var target = group.Targets[t];
            if (!managers.Contains(target.Endpoint))
            {
                errors.Add($"{File}: {key}:Targets[{t}]:Endpoint '{target.Endpoint}' is not in Routing:Managers.");
            }

            if (target.RingSeconds is < 1 or > 300)
            {
                errors.Add($"{File}: {key}:Targets[{t}]:RingSeconds {target.RingSeconds} is out of range (1 to 300).");
            }
        }
    }

    private static void ValidateDealer(DealerOptions dealer, string key, IReadOnlySet<string> managers, IReadOnlySet<string> schedules, HashSet<string> names, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(dealer.Name) || !names.Add(dealer.Name))
        {
            errors.Add($"{File}: {key}:Name '{dealer.Name}' is empty or used by another dealer.");
        }

        if (dealer.Endpoints.Count == 0)
        {
            errors.Add($"{File}: {key}:Endpoints is empty; a dealer needs at least one phone from Routing:Managers.");
        }

        for (var e = 0; e < dealer.Endpoints.Count; e++)
        {
            if (!managers.Contains(dealer.Endpoints[e]))
            {
                errors.Add($"{File}: {key}:Endpoints[{e}] '{dealer.Endpoints[e]}' is not in Routing:Managers.");
            }
        }

        if (dealer.Weight is < 1 or > 1000)
        {
            errors.Add($"{File}: {key}:Weight {dealer.Weight} is out of range (1 to 1000).");
        }

        if (dealer.MaxCalls is < 1)
        {
            errors.Add($"{File}: {key}:MaxCalls {dealer.MaxCalls} must be 1 or more; leave it out for no cap.");
        }

        if (dealer.RingSeconds is < 1 or > 300)
        {
            errors.Add($"{File}: {key}:RingSeconds {dealer.RingSeconds} is out of range (1 to 300).");
        }

        if (dealer.Schedule is { } schedule && !schedules.Contains(schedule))
        {
            errors.Add($"{File}: {key}:Schedule '{schedule}' is not the name of a schedule in Routing:Schedules.");
        }
    }
}
