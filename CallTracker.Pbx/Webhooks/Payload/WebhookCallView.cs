using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>A call as a webhook tells it: its row, where it came from, who was rung, the menu path, tags and types.</summary>
public sealed record WebhookCallView
{
    public required string Id { get; init; }
    public required string ChannelId { get; init; }

    /// <summary>Inbound, or Outbound for a call a manager placed.</summary>
    public required string Direction { get; init; }
    public required string TrackingNumber { get; init; }

    /// <summary>False when the dialled number is not in routing.json and the call took the default route.</summary>
    public bool KnownTrackingNumber { get; init; }
    public required string Route { get; init; }
    public required WebhookCallerView Caller { get; init; }

    /// <summary>InProgress until call.ended, then the final status (Answered, Missed, Busy …).</summary>
    public required string Status { get; init; }
    public required DateTimeOffset ArrivedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public int WaitSeconds { get; init; }
    public int TalkSeconds { get; init; }

    /// <summary>Endpoint of the manager who took the call, e.g. PJSIP/101.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>That manager's name.</summary>
    public string? Manager { get; init; }
    public bool OffHours { get; init; }
    public int? IvrListenedSeconds { get; init; }
    public required IReadOnlyList<WebhookMenuStepView> MenuPath { get; init; }

    /// <summary>How the caller left the voice menu (Route, DialExtension, Voicemail, HungUp …); null without one.</summary>
    public string? MenuExit { get; init; }
    public required IReadOnlyList<WebhookLegView> Legs { get; init; }
    public WebhookMediaView? Recording { get; init; }
    public WebhookMediaView? Voicemail { get; init; }
    public required IReadOnlyList<WebhookTagView> Tags { get; init; }

    /// <summary>The call types, worked out when the call ends; null before call.ended.</summary>
    public CallTypes? Types { get; init; }
    public WebhookAttributionView? Attribution { get; init; }

    /// <summary>The web visit the call was attributed to; null for a call from no tracked visit.</summary>
    public WebhookVisitView? Visit { get; init; }
}
