namespace CallTracker.Pbx.Tracking;

/// <summary>The number a session shows, why, and for a pool number until when it is held.</summary>
public sealed record ShownNumber(string Number, ShownNumberKind Kind, string? Pool, DateTimeOffset? HeldUntil);
