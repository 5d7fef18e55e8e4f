using Microsoft.AspNetCore.Http;

namespace CallTracker.Pbx.Web;

/// <summary>Who a request comes from, for per-client rate limits.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The header a trusted proxy fills (Tracking:Limits:ClientAddressHeader), else the connection's address.
    /// X-Forwarded-For's last entry is the one our proxy added; earlier ones are whatever the client claimed.
    /// </summary>
    public static string Of(HttpContext context, string? header)
    {
        if (header is { Length: > 0 } && context.Request.Headers[header].ToString() is { Length: > 0 } value)
        {
            return value.Split(',')[^1].Trim();
        }

        return context.Connection.RemoteIpAddress?.ToString() ?? "";
    }
}
