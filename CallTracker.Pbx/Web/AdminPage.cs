using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallTracker.Pbx.Web;

/// <summary>The admin web page: one HTML file with its script and styles, embedded in the service, no front-end build.</summary>
public static class AdminPage
{
    private static readonly Lazy<byte[]> Html = new(() =>
    {
        using var stream = typeof(AdminPage).Assembly.GetManifestResourceStream("CallTracker.Pbx.Web.admin.html")
            ?? throw new InvalidOperationException("The admin page is missing from the assembly's resources.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpResponse response) =>
        {
            // The page shows callers' numbers: no caching, no framing by other sites, no scripts but its own.
            response.Headers.CacheControl = "no-store";
            response.Headers.XFrameOptions = "DENY";
            response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; frame-ancestors 'none'";
            return Results.Bytes(Html.Value, "text/html; charset=utf-8");
        });
        return endpoints;
    }
}
