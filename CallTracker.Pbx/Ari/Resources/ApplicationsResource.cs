using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>/ari/applications: what our Stasis app hears about.</summary>
public sealed class ApplicationsResource
{
    private readonly AriHttp http;

    internal ApplicationsResource(AriHttp http) => this.http = http;

    /// <summary>Subscribes to a source such as channel:{id}, so its ChannelDestroyed still arrives after StasisEnd.</summary>
    public Task SubscribeAsync(string app, string eventSource, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, Path(app) + "/subscription", new AriQuery().Add("eventSource", eventSource), null, cancellationToken);

    public Task<Application> GetAsync(string app, CancellationToken cancellationToken) =>
        http.SendAsync<Application>(HttpMethod.Get, Path(app), null, null, cancellationToken);

    private static string Path(string app) => "applications/" + Uri.EscapeDataString(app);
}
