using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>Checks routing.json at start-up and lists every problem at once, each naming its key.</summary>
public sealed partial class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    private const string File = "routing.json";

    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var managers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Managers.Count; i++)
        {
            var key = $"Routing:Managers[{i}]";
            var endpoint = options.Managers[i].Endpoint;
            if (!EndpointPattern().IsMatch(endpoint))
            {
                errors.Add($"{File}: {key}:Endpoint '{endpoint}' is not an Asterisk endpoint like PJSIP/101.");
            }
            else if (!managers.Add(endpoint))
            {
                errors.Add($"{File}: {key}:Endpoint '{endpoint}' is listed twice.");
            }
        }

        var schedules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var key = $"Routing:Schedules[{i}]";
            var schedule = options.Schedules[i];
            if (string.IsNullOrWhiteSpace(schedule.Name) || !schedules.Add(schedule.Name))
            {
                errors.Add($"{File}: {key}:Name '{schedule.Name}' is empty or used by another schedule.");
            }

            BusinessSchedule.TryParse(schedule, key, errors);
        }

        var routes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Routes.Count; i++)
        {
            ValidateRoute(options.Routes[i], $"Routing:Routes[{i}]", managers, routes, errors);
            if (options.Routes[i].Schedule is { } scheduleName && !schedules.Contains(scheduleName))
            {
                errors.Add($"{File}: Routing:Routes[{i}]:Schedule '{scheduleName}' is not the name of a schedule in Routing:Schedules.");
            }
        }

        RingPlanValidator.Validate(options, managers, schedules, errors);
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var offHours = options.Schedules[i].OffHours;
            if (offHours.Action == OffHoursAction.Route && (offHours.Route is null || !routes.Contains(offHours.Route)))
            {
                errors.Add($"{File}: Routing:Schedules[{i}]:OffHours:Route '{offHours.Route}' is not the name of a route in Routing:Routes.");
            }

            if (offHours.Action == OffHoursAction.Message && offHours.Prompts.Count == 0)
            {
                errors.Add($"{File}: Routing:Schedules[{i}]:OffHours:Prompts is empty; a Message needs at least one prompt.");
            }
        }

        if (options.Routes.Count == 0)
        {
            errors.Add($"{File}: Routing:Routes is empty; at least one route is needed to take calls.");
        }

        if (!routes.Contains(options.DefaultRoute))
        {
            errors.Add($"{File}: Routing:DefaultRoute '{options.DefaultRoute}' is not the name of a route in Routing:Routes.");
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.TrackingNumbers.Count; i++)
        {
            var key = $"Routing:TrackingNumbers[{i}]";
            var number = options.TrackingNumbers[i];
            var digits = PhoneNumber.Normalize(number.Number);
            if (digits.Length == 0)
            {
                errors.Add($"{File}: {key}:Number '{number.Number}' has no digits.");
            }
            else if (!numbers.Add(digits))
            {
                errors.Add($"{File}: {key}:Number '{number.Number}' is listed twice.");
            }

            if (!routes.Contains(number.Route))
            {
                errors.Add($"{File}: {key}:Route '{number.Route}' is not the name of a route in Routing:Routes.");
            }
        }

        if (!options.ExtensionEndpoint.Contains("{0}", StringComparison.Ordinal) || !EndpointPattern().IsMatch(options.ExtensionEndpoint.Replace("{0}", "101", StringComparison.Ordinal)))
        {
            errors.Add($"{File}: Routing:ExtensionEndpoint '{options.ExtensionEndpoint}' must be an endpoint with {{0}} for the extension, like PJSIP/{{0}}.");
        }

        if (options.ExtensionRingSeconds is < 1 or > 300)
        {
            errors.Add($"{File}: Routing:ExtensionRingSeconds {options.ExtensionRingSeconds} is out of range (1 to 300).");
        }

        if (options.StickyDays is < 1 or > 3650)
        {
            errors.Add($"{File}: Routing:StickyDays {options.StickyDays} is out of range (1 to 3650).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateRoute(RouteOptions route, string key, HashSet<string> managers, HashSet<string> routes, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(route.Name))
        {
            errors.Add($"{File}: {key}:Name is empty.");
        }
        else if (!routes.Add(route.Name))
        {
            errors.Add($"{File}: {key}:Name '{route.Name}' is used by another route.");
        }

        if (route.Targets.Count == 0 && string.IsNullOrWhiteSpace(route.Menu) && route.Ring is not (RingMode.Priority or RingMode.Weighted))
        {
            errors.Add($"{File}: {key}:Targets is empty; a route must ring at least one manager or run a Menu.");
        }

        if (route.Whisper is { } whisper && (whisper.AcceptTimeoutSeconds is < 1 or > 60 || whisper.Prompts.Count == 0))
        {
            errors.Add($"{File}: {key}:Whisper needs at least one prompt (a \"default\" one for unknown sources) and AcceptTimeoutSeconds from 1 to 60.");
        }

        for (var t = 0; t < route.Targets.Count; t++)
        {
            var target = route.Targets[t];
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

    [GeneratedRegex(@"^[A-Za-z0-9_-]+/[^\s/&,]+(/[^\s&,]+)?$")]
    private static partial Regex EndpointPattern();
}
