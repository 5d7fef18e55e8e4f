using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Web;

/// <summary>Checks what a page sent to POST /api/callbacks, collecting every problem by field name for a 400 answer.</summary>
public static class CallbackRequestValidator
{
    /// <summary>E.164 numbers have at most 15 digits; fewer than 10 is no number a trunk can call outside the building.</summary>
    public const int MinDigits = 10;

    public const int MaxDigits = 15;

    /// <returns>The number's digits, or null with the problem in <paramref name="errors"/>.</returns>
    public static string? Phone(string? text, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["phone"] = ["is required: the number to call back."];
            return null;
        }

        // What people type around the digits, and a leading '+'; letters, a second '+' or anything else is not a number.
        if (text.Length > 32 || text.IndexOf('+', 1) >= 0 || !text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.'))
        {
            errors["phone"] = ["must be a phone number: digits with spaces, '-', '(' and ')' if you like, e.g. +7 916 123-45-67."];
            return null;
        }

        var digits = PhoneNumber.Normalize(text);
        if (digits.Length is < MinDigits or > MaxDigits)
        {
            errors["phone"] = [$"must have {MinDigits} to {MaxDigits} digits, with the country code, e.g. +7 916 123-45-67."];
            return null;
        }

        return digits;
    }

    /// <returns>The session id, or null when absent or malformed (the problem then in <paramref name="errors"/>).</returns>
    public static string? SessionId(string? text, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!TrackingRequestValidator.IsSessionId(text))
        {
            errors["sessionId"] = ["must be the sessionId the tracking snippet was given (32 hexadecimal digits), or be left out."];
            return null;
        }

        return text;
    }

    /// <summary>The route named, or the one the site's printed number takes; it must ring managers, since a callback rings them first.</summary>
    /// <returns>The route, or null with the problem in <paramref name="errors"/>.</returns>
    public static Route? Route(string? name, TrackingSite site, RouteTable routes, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(errors);
        var route = string.IsNullOrEmpty(name) ? routes.Resolve(site.DefaultNumber).Route : routes.Find(name);
        if (route is null)
        {
            errors["route"] = ["is not a route in routing.json."];
            return null;
        }

        if (route.Targets.Count == 0)
        {
            errors["route"] = [$"route {route.Name} rings no managers (it only runs a voice menu); name a route that has Targets."];
            return null;
        }

        return route;
    }
}
