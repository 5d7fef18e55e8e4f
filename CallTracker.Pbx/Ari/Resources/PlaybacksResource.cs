namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/playbacks: prompts being played.</summary>
public sealed class PlaybacksResource
{
    private readonly AriHttp http;

    internal PlaybacksResource(AriHttp http) => this.http = http;

    /// <returns>False when the playback had already finished.</returns>
    public async Task<bool> StopAsync(string playbackId, CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, Path(playbackId), null, null, cancellationToken);
            return true;
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    private static string Path(string playbackId) => "playbacks/" + Uri.EscapeDataString(playbackId);
}
