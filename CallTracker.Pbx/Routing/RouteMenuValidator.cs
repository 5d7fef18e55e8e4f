using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Routing;

/// <summary>
/// Checks that every menu routing.json names exists in menus.json. It reads the menu names from configuration, not
/// from validated options, so a broken menus.json and a broken routing.json are both reported at the same start-up.
/// </summary>
public sealed class RouteMenuValidator(IConfiguration configuration) : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var menus = configuration.GetSection($"{IvrOptions.SectionName}:{nameof(IvrOptions.Menus)}")
            .GetChildren()
            .Select(menu => menu.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = options.Routes
            .Select((route, i) => (route, i))
            .Where(r => r.route.Menu is not null && !menus.Contains(r.route.Menu))
            .Select(r => $"routing.json: Routing:Routes[{r.i}]:Menu '{r.route.Menu}' is not a menu in menus.json (Ivr:Menus).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
