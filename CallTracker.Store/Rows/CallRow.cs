namespace CallTracker.Store.Rows;

/// <summary>One phone call as the reports see it. Times are UTC; the repository stores them as unix milliseconds.</summary>
public sealed record CallRow
{
    /// <summary>The <see cref="Status"/> of a call that has not ended yet.</summary>
    public const string InProgressStatus = "InProgress";

    public required string Id { get; init; }
    public required string ChannelId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string CallerNumber { get; init; }
    public string? CallerName { get; init; }
    public required string RouteName { get; init; }
    public required DateTimeOffset ArrivedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public int WaitSeconds { get; init; }
    public int TalkSeconds { get; init; }

    /// <summary>Final status name (e.g. Answered, Missed); InProgress until the call ends.</summary>
    public required string Status { get; init; }

    /// <summary>Endpoint of the manager who answered, e.g. PJSIP/101.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The call came outside its route's business hours.</summary>
    public bool OffHours { get; init; }

    /// <summary>For a caller who hung up in a voice menu's greeting: how long they listened.</summary>
    public int? IvrListenedSeconds { get; init; }

    /// <summary>Where the caller's voicemail message is on the Asterisk host.</summary>
    public string? VoicemailPath { get; init; }

    public int? VoicemailSeconds { get; init; }

    /// <summary>Where the recording of the conversation is on the Asterisk host.</summary>
    public string? RecordingPath { get; init; }

    public int? RecordingSeconds { get; init; }

    /// <summary>
    /// <see cref="InboundDirection"/>, <see cref="OutboundDirection"/> or <see cref="CallbackDirection"/>. The client's
    /// number is <see cref="CallerNumber"/>, except on an outgoing call, where the manager is the caller and the client's
    /// number is the one dialled, <see cref="TrackingNumber"/>.
    /// </summary>
    public string Direction { get; init; } = InboundDirection;

    public const string InboundDirection = "Inbound";

    /// <summary>A call a manager placed through the PBX.</summary>
    public const string OutboundDirection = "Outbound";

    /// <summary>A call back to a client who asked for one on a site: managers first, then the client.</summary>
    public const string CallbackDirection = "Callback";
}
