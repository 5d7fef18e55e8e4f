namespace CallTracker.Pbx.Routing;

/// <summary>A route resolved for one call: the targets to ring, with the managers' names.</summary>
public sealed record Route(
    string Name,
    bool AnswerCaller,
    string MusicOnHoldClass,
    IReadOnlyList<RouteTarget> Targets,
    string? Menu = null,
    BusinessSchedule? Schedule = null,
    UnansweredAction WhenUnanswered = UnansweredAction.Hangup,
    bool Record = false,
    WhisperOptions? Whisper = null,
    RingMode Ring = RingMode.Sequential,
    IReadOnlyList<RingGroup>? Groups = null,
    IReadOnlyList<Dealer>? Dealers = null);
