using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>Decides whether a request may reach the admin API or the web page: an API token or a signed-in session.</summary>
public sealed class AdminAccess(IOptions<AdminOptions> options, AdminSessions sessions)
{
    /// <summary>
    /// The paths a visitor's browser must reach without signing in: the snippet, its session endpoints, the callback
    /// request and its state (read by an id only the requesting page knows), and the sign-in page itself.
    /// </summary>
    public static bool IsPublic(PathString path) =>
        path.Equals("/tracking.js", StringComparison.Ordinal)
        || path.StartsWithSegments("/api/tracking/sites", StringComparison.Ordinal)
        || path.StartsWithSegments(CallbacksApi.Path, StringComparison.Ordinal)
        || path.Equals(AdminSignInApi.SignInPath, StringComparison.Ordinal);

    public bool IsSignedIn(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();

            // Every hash is checked, matched or not, so the time taken does not say which one matched.
            var matched = false;
            foreach (var hash in options.Value.TokenHashes)
            {
                matched |= SecretHash.VerifyToken(token, hash);
            }

            return matched;
        }

        return sessions.IsValid(request.Cookies[AdminSessions.CookieName]);
    }

    public bool IsPassword(string password) =>
        options.Value.PasswordHash is { Length: > 0 } hash && SecretHash.VerifyPassword(password, hash);
}
