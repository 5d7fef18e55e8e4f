using CallTracker.Pbx.Web.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallTracker.Pbx.Web.Health;

/// <summary><c>GET /health</c>: 200 "ok" or 503 "degraded", so a monitor alerts while calls bypass us through the dialplan fallback.</summary>
public static class HealthApi
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, HealthAsync);
        return endpoints;
    }

    private static async Task<IResult> HealthAsync(HttpRequest request, HealthProbe probe, AdminAccess access, CancellationToken cancellationToken)
    {
        var report = await probe.CheckAsync(cancellationToken);
        var statusCode = report.Status == HealthReport.Ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;

        // Without sign-in this is only reached when Admin:PublicHealth is on: such a caller learns ok or degraded, not why.
        return access.IsSignedIn(request)
            ? Results.Json(report, statusCode: statusCode)
            : Results.Json(new { status = report.Status }, statusCode: statusCode);
    }
}
