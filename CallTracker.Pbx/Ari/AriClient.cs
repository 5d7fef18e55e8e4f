using System.Net.Http.Headers;
using System.Text;
using CallTracker.Pbx.Ari.Resources;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Ari;

/// <summary>Typed ARI REST surface, one property per ARI resource.</summary>
public sealed class AriClient : IDisposable
{
    private readonly HttpClient http;

    public AriClient(HttpClient http, IOptions<AriOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.http = http;
        var settings = options.Value;
        http.BaseAddress = BaseUri(settings);
        http.Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds);
        http.DefaultRequestHeaders.Authorization = BasicAuthorization(settings);
        AppName = settings.AppName;

        var ari = new AriHttp(http);
        Channels = new ChannelsResource(ari);
        Bridges = new BridgesResource(ari);
        Playbacks = new PlaybacksResource(ari);
        Recordings = new RecordingsResource(ari);
        Applications = new ApplicationsResource(ari);
        Asterisk = new AsteriskResource(ari);
    }

    /// <summary>
    /// A client with a connection pool of its own, at most <see cref="AriOptions.MaxConnections"/> connections;
    /// pooled connections are recycled so that a changed address of the host is picked up.
    /// </summary>
    public static AriClient Create(IOptions<AriOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.Value.MaxConnections,
        };
        return new AriClient(new HttpClient(handler), options);
    }

    public string AppName { get; }

    public ChannelsResource Channels { get; }

    public BridgesResource Bridges { get; }

    public PlaybacksResource Playbacks { get; }

    public RecordingsResource Recordings { get; }

    public ApplicationsResource Applications { get; }

    public AsteriskResource Asterisk { get; }

    public void Dispose() => http.Dispose();

    internal static Uri BaseUri(AriOptions options) =>
        new(options.Url.EndsWith('/') ? options.Url : options.Url + "/", UriKind.Absolute);

    internal static AuthenticationHeaderValue BasicAuthorization(AriOptions options) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Username + ":" + options.Password)));
}
