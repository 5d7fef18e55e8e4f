namespace CallTracker.Pbx.Ari;

/// <summary>Bound from the "Ari" section of appsettings.json; must match asterisk-config/ari.conf and http.conf.</summary>
public sealed class AriOptions
{
    public const string SectionName = "Ari";

    /// <summary>Asterisk's HTTP server, e.g. http://127.0.0.1:8088/ (ARI lives under /ari/).</summary>
    public string Url { get; set; } = "http://127.0.0.1:8088/";

    public string Username { get; set; } = "calltracker";

    public string Password { get; set; } = "";

    /// <summary>The Stasis application the dialplan sends calls to: Stasis(calltracker,inbound,${EXTEN}).</summary>
    public string AppName { get; set; } = "calltracker";

    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The most REST requests in flight at once, each on a connection of its own; more wait for a free one. Asterisk's
    /// HTTP server closes, unanswered, any connection beyond http.conf's sessionlimit (100 by default), which the event
    /// socket counts against too, so hundreds of calls arriving together must not open a connection each.
    /// </summary>
    public int MaxConnections { get; set; } = 50;

    public int ReconnectMinDelayMs { get; set; } = 500;

    public int ReconnectMaxDelayMs { get; set; } = 30_000;

    /// <summary>
    /// How often the event socket sends a PING. Asterisk answers PINGs; it must never get an unsolicited PONG, which
    /// crashes Asterisk 22 (see ../shared/ari/README.md), so the keep-alive always runs with <see cref="KeepAliveTimeoutSeconds"/>.
    /// </summary>
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>How long a PING may go unanswered before the socket is taken as dead (half-open) and reconnected.</summary>
    public int KeepAliveTimeoutSeconds { get; set; } = 10;

    /// <summary>Events a call may have queued before the socket reader reports it as stuck.</summary>
    public int CallInboxCapacity { get; set; } = 512;
}
