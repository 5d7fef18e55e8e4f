using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>
/// Signed-in web page sessions, in memory: a restart signs everyone out, which is acceptable for an admin page.
/// Sessions are keyed by a hash of the cookie value, so lookup time says nothing about a guessed cookie.
/// </summary>
public sealed class AdminSessions(TimeProvider time, IOptions<AdminOptions> options)
{
    public const string CookieName = "calltracker_session";

    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);

    /// <summary>Starts a session and returns the cookie value.</summary>
    public string Start()
    {
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        expiries[Key(cookie)] = time.GetUtcNow().AddHours(options.Value.SessionHours);
        return cookie;
    }

    public bool IsValid(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie) || !expiries.TryGetValue(Key(cookie), out var expires))
        {
            return false;
        }

        if (expires > time.GetUtcNow())
        {
            return true;
        }

        expiries.TryRemove(Key(cookie), out _);
        return false;
    }

    public void End(string? cookie)
    {
        if (!string.IsNullOrEmpty(cookie))
        {
            expiries.TryRemove(Key(cookie), out _);
        }
    }

    private static string Key(string cookie) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(cookie)));
}
