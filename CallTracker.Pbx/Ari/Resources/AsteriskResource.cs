using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/asterisk: the server itself.</summary>
public sealed class AsteriskResource
{
    private readonly AriHttp http;

    internal AsteriskResource(AriHttp http) => this.http = http;

    public Task<AsteriskInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        http.SendAsync<AsteriskInfo>(HttpMethod.Get, "asterisk/info", null, null, cancellationToken);
}
