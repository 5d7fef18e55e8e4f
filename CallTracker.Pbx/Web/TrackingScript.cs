using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Pbx.Web;

/// <summary>GET /tracking.js: the snippet, embedded in this assembly so the service serves the copy it was built with.</summary>
public static class TrackingScript
{
    private const string ResourceName = "CallTracker.Pbx.Web.tracking.js";

    private static readonly Lazy<(byte[] Body, string ETag)> Script = new(Load);

    /// <summary>Cached for an hour by browsers and CDNs; after that the ETag makes the check a 304 without a body.</summary>
    public static IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, etag) = Script.Value;
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=3600";
        headers.ETag = etag;
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, "text/javascript; charset=utf-8");
    }

    private static (byte[] Body, string ETag) Load()
    {
        using var stream = typeof(TrackingScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The snippet {ResourceName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var body = copy.ToArray();
        return (body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"");
    }
}
