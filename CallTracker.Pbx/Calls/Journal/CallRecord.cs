using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// A call's row as its events so far describe it: the projection the journal stores, so no call handler keeps the
/// row's fields by hand.
/// </summary>
internal sealed class CallRecord
{
    private CallRow row;
    private DateTimeOffset? talkEndedAt;

    public CallRecord(CallArrived arrived)
    {
        row = new CallRow
        {
            Id = arrived.CallId,
            ChannelId = arrived.ChannelId,
            TrackingNumber = arrived.TrackingNumber,
            CallerNumber = arrived.CallerNumber,
            CallerName = string.IsNullOrEmpty(arrived.CallerName) ? null : arrived.CallerName,
            RouteName = arrived.RouteName,
            ArrivedAt = arrived.At,
            Status = nameof(CallStatus.InProgress),
            Direction = arrived.Direction,
        };
    }

    public CallRow Row => row;

    public void Apply(CallEvent callEvent)
    {
        row = callEvent switch
        {
            OffHoursReached => row with { OffHours = true },
            MenuFinished { ListenedSeconds: { } listened } => row with { IvrListenedSeconds = listened },
            CallAnswered answered => row with { AnsweredAt = answered.AnsweredAt, AnsweredBy = answered.Endpoint },
            RecordingFinished recording => row with { RecordingPath = recording.Path, RecordingSeconds = recording.Path is null ? null : recording.Seconds },
            VoicemailTaken { Path: { } path } voicemail => row with { VoicemailPath = path, VoicemailSeconds = voicemail.Seconds },
            CallEnded ended => Ended(ended),
            _ => row,
        };

        // Talk ends when either side leaves the conversation, not when the manager finishes tagging.
        if (callEvent is CallerLeft or ManagerLeft && row.AnsweredAt.HasValue)
        {
            talkEndedAt ??= callEvent.At;
        }
    }

    private CallRow Ended(CallEnded ended)
    {
        var answeredAt = ended.Status is CallStatus.Answered or CallStatus.CallbackConnected ? row.AnsweredAt : null;
        var waitEnd = answeredAt ?? ended.At;
        var talkEnd = talkEndedAt ?? ended.At;
        return row with
        {
            Status = ended.Status.ToString(),
            EndedAt = ended.At,
            AnsweredAt = answeredAt,
            AnsweredBy = answeredAt.HasValue ? row.AnsweredBy : null,
            WaitSeconds = WholeSeconds(waitEnd - row.ArrivedAt),
            TalkSeconds = answeredAt.HasValue ? WholeSeconds(talkEnd - answeredAt.Value) : 0,
        };
    }

    private static int WholeSeconds(TimeSpan span) => (int)Math.Round(Math.Max(0, span.TotalSeconds), MidpointRounding.AwayFromZero);
}
