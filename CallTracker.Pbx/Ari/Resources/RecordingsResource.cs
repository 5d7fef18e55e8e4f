using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/recordings: live recordings and the stored files they leave.</summary>
public sealed class RecordingsResource
{
    private readonly AriHttp http;

    internal RecordingsResource(AriHttp http) => this.http = http;

    public Task<StoredRecording> GetStoredAsync(string name, CancellationToken cancellationToken) =>
        http.SendAsync<StoredRecording>(HttpMethod.Get, StoredPath(name), null, null, cancellationToken);

    /// <returns>False when no such stored recording existed.</returns>
    public async Task<bool> DeleteStoredAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, StoredPath(name), null, null, cancellationToken);
            return true;
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    public Task<StoredRecording> CopyStoredAsync(string name, string destinationName, CancellationToken cancellationToken) =>
        http.SendAsync<StoredRecording>(HttpMethod.Post, StoredPath(name) + "/copy", new AriQuery().Add("destinationRecordingName", destinationName), null, cancellationToken);

    /// <summary>Stops a live recording and keeps the file.</summary>
    public Task StopLiveAsync(string name, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, LivePath(name) + "/stop", null, null, cancellationToken);

    private static string StoredPath(string name) => "recordings/stored/" + Uri.EscapeDataString(name);

    private static string LivePath(string name) => "recordings/live/" + Uri.EscapeDataString(name);
}
