namespace CallTracker.Pbx.Web;

/// <summary>The body of POST /api/tracking/sites/{site}/sessions/{sessionId}/pings.</summary>
public sealed class PingRequest
{
    /// <summary>The page open now.</summary>
    public string? Page { get; set; }
}
