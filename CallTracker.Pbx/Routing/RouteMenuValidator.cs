using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>Checks that every menu routing.json names exists in menus.json.</summary>
public sealed class RouteMenuValidator(IOptions<IvrOptions> ivr) : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var menus = ivr.Value.Menus;
        var errors = options.Routes
            .Select((route, i) => (route, i))
            .Where(r => r.route.Menu is not null && !menus.ContainsKey(r.route.Menu))
            .Select(r => $"routing.json: Routing:Routes[{r.i}]:Menu '{r.route.Menu}' is not a menu in menus.json (Ivr:Menus).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
