using System.Net.Http.Headers;

namespace CallTracker.Tests.Pbx.Web.Admin;

/// <summary>The admin password and API token every test service folder is configured with.</summary>
internal static class AdminCredentials
{
    public const string Password = "test-password";

    /// <summary>Hash of <see cref="Password"/> with few iterations, so signing in stays fast in tests.</summary>
    public const string PasswordHash = "pbkdf2-sha256$1000$R0Ag2xdFQBwEkZP+bNrqhg==$Tf8FoglZwlD2axbKcFhTfYAJnP1yWg8eqOrQGOmoHL0=";

    public const string Token = "test-admin-token";

    public const string TokenHash = "sha256$F9a/4F0bH7e8SZ+OP2Ocez7aTEDzIe74iHoMBMiamcU=";

    /// <summary>A client that sends the admin token with every request.</summary>
    public static HttpClient Client(Uri baseAddress)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }
}
