using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CallTracker.Pbx.Webhooks;

/// <summary>Signs a post so its receiver can tell it came from us and was not changed: HMAC-SHA256 over timestamp and body.</summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    /// <returns>The value of <see cref="WebhookHeaders.Signature"/>: "sha256=" and the lower-case hex HMAC of "{timestamp}.{body}".</returns>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
