using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/bridges: where a caller and a manager are joined.</summary>
public sealed class BridgesResource
{
    private readonly AriHttp http;

    internal BridgesResource(AriHttp http) => this.http = http;

    public Task<Bridge> CreateAsync(string bridgeId, string type, string? name, CancellationToken cancellationToken) =>
        http.SendAsync<Bridge>(HttpMethod.Post, "bridges", new AriQuery().Add("type", type).Add("bridgeId", bridgeId).Add("name", name), null, cancellationToken);

    public Task<Bridge> GetAsync(string bridgeId, CancellationToken cancellationToken) =>
        http.SendAsync<Bridge>(HttpMethod.Get, Path(bridgeId), null, null, cancellationToken);

    /// <returns>False when the bridge no longer existed.</returns>
    public async Task<bool> DestroyAsync(string bridgeId, CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, Path(bridgeId), null, null, cancellationToken);
            return true;
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    public Task AddChannelAsync(string bridgeId, string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(bridgeId) + "/addChannel", new AriQuery().Add("channel", channelId), null, cancellationToken);

    public Task RemoveChannelAsync(string bridgeId, string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(bridgeId) + "/removeChannel", new AriQuery().Add("channel", channelId), null, cancellationToken);

    public Task<Playback> PlayAsync(string bridgeId, string media, string playbackId, string? language, CancellationToken cancellationToken) =>
        http.SendAsync<Playback>(HttpMethod.Post, Path(bridgeId) + "/play", new AriQuery().Add("media", media).Add("lang", language).Add("playbackId", playbackId), null, cancellationToken);

    public Task<LiveRecording> RecordAsync(string bridgeId, RecordRequest request, CancellationToken cancellationToken) =>
        http.SendAsync<LiveRecording>(HttpMethod.Post, Path(bridgeId) + "/record", request.ToQuery(), null, cancellationToken);

    private static string Path(string bridgeId) => "bridges/" + Uri.EscapeDataString(bridgeId);
}
