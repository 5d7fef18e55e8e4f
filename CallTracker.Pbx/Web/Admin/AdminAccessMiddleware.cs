using CallTracker.Pbx.Web.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>
/// Runs before every endpoint: refuses a Host that is not a configured name (DNS rebinding, stray proxies), then
/// sends whoever is not signed in to the sign-in page (a browser) or answers 401 (an API client).
/// </summary>
public sealed class AdminAccessMiddleware(RequestDelegate next, IOptions<AdminOptions> options, AdminAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Request.Host.Host;
        if (!options.Value.AllowedHosts.Any(h => string.Equals(h.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("This host name is not served here (see Admin:Hosts).", context.RequestAborted);
            return;
        }

        if (AdminAccess.IsPublic(context.Request.Path) || IsPublicHealth(context.Request.Path) || access.IsSignedIn(context.Request))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && context.Request.Path != HealthApi.Path)
        {
            context.Response.Redirect(AdminSignInApi.SignInPath);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsJsonAsync(
            new { title = "Sign-in required", detail = "Send Authorization: Bearer <token> (Admin:TokenHashes) or sign in at /signin." },
            context.RequestAborted);
    }

    private bool IsPublicHealth(PathString path) => options.Value.PublicHealth && path.Equals(HealthApi.Path, StringComparison.Ordinal);
}
