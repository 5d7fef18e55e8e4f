namespace CallTracker.Pbx.Tracking;

/// <summary>Where a visit came from: its channel (paid, organic, referral, direct, or another utm_medium) and source.</summary>
public sealed record Traffic(string Channel, string Source, string? ReferrerHost);
