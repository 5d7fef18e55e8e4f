namespace CallTracker.Pbx.Ari.Resources;

/// <summary>The reasons DELETE /ari/channels/{id} accepts; each sets the cause the other side sees.</summary>
public enum HangupReason
{
    Normal,
    Busy,
    NoAnswer,
    Congestion,
    Unallocated,
}
