namespace CallTracker.Pbx.Tracking;

/// <summary>What the snippet needs: its session, the number to show in place of the default one, and how often to ping.</summary>
public sealed record TrackingSessionResult(string SessionId, string VisitorId, string Number, string DefaultNumber, int PingSeconds);
