using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CallTracker.Pbx.Webhooks;

namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>One post a <see cref="WebhookReceiver"/> took: its headers and body, read as a receiver would.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Type => Json.GetProperty("type").GetString()!;

    public string Id => Json.GetProperty("id").GetString()!;

    public string CallId => Json.GetProperty("call").GetProperty("id").GetString()!;

    public int Sequence => Json.GetProperty("sequence").GetInt32();

    public JsonElement Call => Json.GetProperty("call");

    /// <summary>Checks the signature as the README tells receivers to: HMAC-SHA256 of "{timestamp}.{body}", compared in constant time.</summary>
    public bool IsSignedWith(string secret)
    {
        var timestamp = long.Parse(Headers[WebhookHeaders.Timestamp], CultureInfo.InvariantCulture);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{Body}")));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Headers[WebhookHeaders.Signature]));
    }
}
