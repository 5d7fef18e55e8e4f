using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/playbacks: prompts being played.</summary>
public sealed class PlaybacksResource
{
    private readonly AriHttp http;

    internal PlaybacksResource(AriHttp http) => this.http = http;

    public async Task<PlaybackStop> StopAsync(string playbackId, CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, Path(playbackId), null, null, cancellationToken);
            return PlaybackStop.Stopped;
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return PlaybackStop.AlreadyFinished;
        }
        catch (AriException e) when (e.IsServerError)
        {
            return PlaybackStop.NotStoppable;
        }
    }

    /// <returns>The playback as Asterisk has it now, or null once it has finished (404).</returns>
    public async Task<Playback?> GetAsync(string playbackId, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync<Playback>(HttpMethod.Get, Path(playbackId), null, null, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    private static string Path(string playbackId) => "playbacks/" + Uri.EscapeDataString(playbackId);
}
