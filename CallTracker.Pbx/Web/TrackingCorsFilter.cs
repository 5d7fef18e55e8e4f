using CallTracker.Pbx.Tracking;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Pbx.Web;

/// <summary>
/// CORS per site: a browser request from an origin in the site's AllowedOrigins gets it echoed back; any other
/// origin is refused before the handler runs (so it cannot even consume a pool number), and a preflight from it
/// gets no allow header. Requests without an Origin header are not from a page and pass.
/// </summary>
public sealed class TrackingCorsFilter(TrackingDirectory directory) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.GetRouteValue("site") is not string name || directory.FindSite(name) is not { } site)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown site", detail: "No site by that name is configured in tracking.json.");
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            if (!site.AllowsOrigin(origin))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed", detail: "This origin is not in the site's AllowedOrigins.");
            }

            http.Response.Headers.AccessControlAllowOrigin = origin;
            http.Response.Headers.Vary = "Origin";
        }

        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}
