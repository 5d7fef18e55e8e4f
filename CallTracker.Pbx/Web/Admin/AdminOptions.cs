namespace CallTracker.Pbx.Web.Admin;

/// <summary>Bound from the "Admin" section of appsettings.json: who may use the admin API and the web page, and under which host names the service answers.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The web page's sign-in password, hashed with <c>calltracker hash-password</c> (pbkdf2-sha256$iterations$salt$hash).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>API tokens for scripts and monitors (<c>Authorization: Bearer</c>), each hashed with <c>calltracker new-token</c> (sha256$hash).</summary>
    public List<string> TokenHashes { get; set; } = [];

    /// <summary>
    /// Host names (as in the Host header, without port) the service answers to; every other Host is refused, public
    /// tracking paths included. Empty means the loopback names only. (Empty by default because binding appends a
    /// configured list to a non-empty default instead of replacing it.)
    /// </summary>
    public List<string> Hosts { get; set; } = [];

    public IReadOnlyList<string> AllowedHosts => Hosts.Count > 0 ? Hosts : ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>How long a sign-in on the web page lasts.</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>
    /// Password sign-ins (<c>POST /signin</c>) one client address may try at once; each costs a PBKDF2 hash. Behind a
    /// reverse proxy the address comes from Tracking:Limits:ClientAddressHeader.
    /// </summary>
    public int SignInBurst { get; set; } = 5;

    /// <summary>Sign-ins a client address gets back per minute once its burst is spent; more are answered 429 with Retry-After.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 5;

    /// <summary>A reverse proxy terminates TLS in front of a non-loopback plain-http address; silences the start-up warning.</summary>
    public bool BehindTlsProxy { get; set; }

    /// <summary>
    /// Lets anyone who can reach the service ask <c>GET /health</c>, for a monitor or load balancer that cannot send a
    /// token; such a caller gets only <c>{"status":...}</c> and the 200/503, never the details. Off by default.
    /// </summary>
    public bool PublicHealth { get; set; }
}
