using CallTracker.Pbx.Tracking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Web;

/// <summary>The routes pages call through the snippet, plus the pools' status for admins. The work is in <see cref="TrackingSessionService"/>.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tracking.js", TrackingScript.Serve);
        endpoints.MapGet("/api/tracking/pools", TrackingPoolStatus.GetAsync);

        var site = endpoints.MapGroup("/api/tracking/sites/{site}").AddEndpointFilter<TrackingCorsFilter>();
        site.MapPost("/sessions", CreateSessionAsync).WithMetadata(new SessionStartLimits());
        site.MapPost("/sessions/{sessionId}/pings", PingAsync);
        site.MapMethods("/sessions", [HttpMethods.Options], Preflight);
        site.MapMethods("/sessions/{sessionId}/pings", [HttpMethods.Options], Preflight);
        return endpoints;
    }

    private const string LogCategory = "CallTracker.Pbx.Web.TrackingApi";

    private static async Task<IResult> CreateSessionAsync(string site, HttpRequest request, TrackingDirectory directory, TrackingSessionService sessions, VisitorIds visitorIds, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<CreateSessionRequest>(request, loggers.CreateLogger(LogCategory), cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var headerCountry = directory.CountryHeader is { } header ? request.Headers[header].ToString() : null;
        var visit = TrackingRequestValidator.ToVisit(directory.FindSite(site)!.Name, body!, headerCountry, errors);
        if (visit is null)
        {
            return Results.ValidationProblem(errors, title: "Invalid visit");
        }

        // TrackingCorsFilter has refused any Origin not allowed; one present here is the site's own page.
        // An id the service did not sign (a first visit, or one made up) is replaced; the snippet keeps the one answered.
        var visitorId = visitorIds.IsGenuine(visit.VisitorId) ? visit.VisitorId : visitorIds.Issue();
        return Results.Json(await sessions.StartAsync(visit with { VisitorId = visitorId, FromAllowedOrigin = FromPage(request) }, cancellationToken));
    }

    private static async Task<IResult> PingAsync(string site, string sessionId, HttpRequest request, TrackingSessionService sessions, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<PingRequest>(request, loggers.CreateLogger(LogCategory), cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = TrackingRequestValidator.ToPage(body!, errors);
        if (page is null)
        {
            return Results.ValidationProblem(errors, title: "Invalid ping");
        }

        var result = TrackingRequestValidator.IsSessionId(sessionId) ? await sessions.PingAsync(site, sessionId, page, FromPage(request), cancellationToken) : null;
        return result is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown session", detail: "Start a new session.")
            : Results.Json(result);
    }

    private static bool FromPage(HttpRequest request) => request.Headers.Origin.Count > 0;

    /// <summary>Reached only for an allowed origin (or none): <see cref="TrackingCorsFilter"/> has answered the rest.</summary>
    private static IResult Preflight(HttpResponse response)
    {
        response.Headers.AccessControlAllowMethods = "POST";
        response.Headers.AccessControlAllowHeaders = "Content-Type";
        response.Headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }
}
