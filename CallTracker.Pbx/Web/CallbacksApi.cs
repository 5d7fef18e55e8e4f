using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web;

/// <summary>
/// The callback API a site's page calls from the visitor's browser, public like the tracking API and held to the same
/// rules: a site's AllowedOrigins, bounded JSON bodies, every problem named, and limits per phone and per site.
/// </summary>
public static class CallbacksApi
{
    public const string Path = "/api/callbacks";

    private const string LogCategory = "CallTracker.Pbx.Web.CallbacksApi";

    public static IEndpointRouteBuilder MapCallbacksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, RequestAsync);
        endpoints.MapMethods(Path, [HttpMethods.Options], Preflight);
        endpoints.MapGet(Path + "/{id}", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> RequestAsync(
        HttpRequest request,
        TrackingDirectory directory,
        LiveSettings settings,
        CallbackLimits limits,
        CallbackService callbacks,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<CallbackRequest>(request, loggers.CreateLogger(LogCategory), cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrEmpty(body!.Site))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["site"] = ["is required: the site's name in tracking.json."] }, title: "Invalid callback request");
        }

        if (directory.FindSite(body.Site) is not { } site)
        {
            return UnknownSite();
        }

        if (CheckOrigin(request, site) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var phone = CallbackRequestValidator.Phone(body.Phone, errors);
        var sessionId = CallbackRequestValidator.SessionId(body.SessionId, errors);
        var route = CallbackRequestValidator.Route(body.Route, site, settings.Current.Routes, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid callback request");
        }

        if (limits.Refuse(phone!, site.Name, request.HttpContext.Response) is { } tooMany)
        {
            return tooMany;
        }

        var callback = await callbacks.RequestAsync(site.Name, phone!, sessionId, route!.Name, cancellationToken);
        return Results.Accepted($"{Path}/{callback.Id}", new { id = callback.Id, state = callback.State, requestedAt = callback.RequestedAt });
    }

    /// <summary>The callback's state, for the page that asked (its id is a random 128-bit value only that page knows) and for admins.</summary>
    private static async Task<IResult> GetAsync(string id, HttpRequest request, TrackingDirectory directory, ICallbackRepository callbacks, IOptions<CallbackOptions> options, CancellationToken cancellationToken)
    {
        var callback = Guid.TryParseExact(id, "N", out _) ? await callbacks.GetAsync(id, cancellationToken) : null;
        if (callback is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown callback", detail: "No callback has that id.");
        }

        if (directory.FindSite(callback.Site) is { } site && CheckOrigin(request, site) is { } refused)
        {
            return refused;
        }

        var attempts = await callbacks.ListAttemptsAsync(id, cancellationToken);
        return Results.Json(new
        {
            id = callback.Id,
            site = callback.Site,
            route = callback.Route,
            state = callback.State,
            status = callback.Status,
            attempts = callback.Attempts,
            maxAttempts = options.Value.MaxAttempts,
            requestedAt = callback.RequestedAt,
            nextAttemptAt = callback.NextAttemptAt,
            updatedAt = callback.UpdatedAt,
            calls = attempts.Select(a => new { attempt = a.Attempt, callId = a.CallId, startedAt = a.StartedAt, endedAt = a.EndedAt, status = a.Status }),
        });
    }

    /// <summary>
    /// As <see cref="TrackingCorsFilter"/> does per site: a page outside the site's AllowedOrigins is refused before
    /// anything is stored; an allowed one gets its origin echoed (and every answer no-store). A request with no Origin
    /// is not from a page, and passes.
    /// </summary>
    /// <returns>The 403 answer, or null when the request may go on.</returns>
    private static IResult? CheckOrigin(HttpRequest request, TrackingSite site)
    {
        var origin = request.Headers.Origin.ToString();
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (origin.Length == 0)
        {
            return null;
        }

        if (!site.AllowsOrigin(origin))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed", detail: "This origin is not in the site's AllowedOrigins.");
        }

        request.HttpContext.Response.Headers.AccessControlAllowOrigin = origin;
        request.HttpContext.Response.Headers.Vary = "Origin";
        return null;
    }

    /// <summary>A page sending application/json asks first; the body names the site, so any site's origin is let through to the POST, which checks its own.</summary>
    private static IResult Preflight(HttpRequest request, TrackingDirectory directory)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !directory.AnySiteAllows(origin))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed", detail: "This origin is in no site's AllowedOrigins.");
        }

        var headers = request.HttpContext.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        headers.AccessControlAllowMethods = "POST";
        headers.AccessControlAllowHeaders = "Content-Type";
        headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }

    private static IResult UnknownSite() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown site", detail: "No site by that name is configured in tracking.json.");
}
