using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/channels: the calls we control.</summary>
public sealed class ChannelsResource
{
    private readonly AriHttp http;

    internal ChannelsResource(AriHttp http) => this.http = http;

    public Task<IReadOnlyList<Channel>> ListAsync(CancellationToken cancellationToken) =>
        http.SendAsync<IReadOnlyList<Channel>>(HttpMethod.Get, "channels", null, null, cancellationToken);

    public Task<Channel> GetAsync(string channelId, CancellationToken cancellationToken) =>
        http.SendAsync<Channel>(HttpMethod.Get, Path(channelId), null, null, cancellationToken);

    /// <summary>Creates a channel held in Stasis without dialling it; dial it with <see cref="DialAsync"/>.</summary>
    public Task<Channel> CreateAsync(ChannelCreateRequest request, CancellationToken cancellationToken) =>
        http.SendAsync<Channel>(HttpMethod.Post, "channels/create", null, request, cancellationToken);

    /// <summary>Originates a channel; it enters Stasis only once answered.</summary>
    public Task<Channel> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken) =>
        http.SendAsync<Channel>(HttpMethod.Post, "channels", null, request, cancellationToken);

    /// <summary>Dials a created channel. Never dial a leg twice: Asterisk 22 accepts it while Down and can crash later.</summary>
    public Task DialAsync(string channelId, string? callerChannelId, int? timeoutSeconds, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/dial", new AriQuery().Add("caller", callerChannelId).Add("timeout", timeoutSeconds), null, cancellationToken);

    public Task AnswerAsync(string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/answer", null, null, cancellationToken);

    /// <summary>Indicates ringing to the caller without answering.</summary>
    public Task RingAsync(string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/ring", null, null, cancellationToken);

    /// <summary>Stops a ringing tone Asterisk plays itself (to a channel already answered); a phone's own ringback it cannot stop.</summary>
    public Task StopRingingAsync(string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Delete, Path(channelId) + "/ring", null, null, cancellationToken);

    /// <summary>Hangs up; a channel already gone counts as hung up.</summary>
    /// <returns>False when the channel no longer existed.</returns>
    public async Task<bool> HangupAsync(string channelId, HangupReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, Path(channelId), new AriQuery().Add("reason", reason.ToAriValue()), null, cancellationToken);
            return true;
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    public Task<Playback> PlayAsync(string channelId, string media, string playbackId, string? language, CancellationToken cancellationToken) =>
        http.SendAsync<Playback>(HttpMethod.Post, Path(channelId) + "/play", new AriQuery().Add("media", media).Add("lang", language).Add("playbackId", playbackId), null, cancellationToken);

    /// <summary>Records the channel; fails with 409 while it is in a bridge (record the bridge instead).</summary>
    public Task<LiveRecording> RecordAsync(string channelId, RecordRequest request, CancellationToken cancellationToken) =>
        http.SendAsync<LiveRecording>(HttpMethod.Post, Path(channelId) + "/record", request.ToQuery(), null, cancellationToken);

    public Task SendDtmfAsync(string channelId, string dtmf, int? betweenMs, int? durationMs, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/dtmf", new AriQuery().Add("dtmf", dtmf).Add("between", betweenMs).Add("duration", durationMs), null, cancellationToken);

    /// <returns>The value, or null when the variable is not set on the channel.</returns>
    public async Task<string?> GetVariableAsync(string channelId, string variable, CancellationToken cancellationToken)
    {
        try
        {
            var result = await http.SendAsync<ChannelVariable>(HttpMethod.Get, Path(channelId) + "/variable", new AriQuery().Add("variable", variable), null, cancellationToken);
            return result.Value;
        }
        catch (AriException e) when (e.IsNotFound && e.AsteriskMessage == "Provided variable was not found")
        {
            return null;
        }
    }

    public Task SetVariableAsync(string channelId, string variable, string? value, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/variable", new AriQuery().Add("variable", variable).Add("value", value), null, cancellationToken);

    /// <summary>Leaves Stasis and goes on in the dialplan (at the given place, or the next priority).</summary>
    public Task ContinueInDialplanAsync(string channelId, string? context, string? extension, int? priority, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/continue", new AriQuery().Add("context", context).Add("extension", extension).Add("priority", priority), null, cancellationToken);

    public Task StartMohAsync(string channelId, string? mohClass, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(channelId) + "/moh", new AriQuery().Add("mohClass", mohClass), null, cancellationToken);

    public Task StopMohAsync(string channelId, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Delete, Path(channelId) + "/moh", null, null, cancellationToken);

    private static string Path(string channelId) => "channels/" + Uri.EscapeDataString(channelId);
}
