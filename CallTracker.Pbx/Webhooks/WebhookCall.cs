using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Webhooks.Payload;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// What webhooks know of one open call beyond its row: the phones rung and how each ended, the menu path, the manager,
/// the tags, its source and the caller's history. A projection of the call's events, as the journal's row is.
/// </summary>
internal sealed class WebhookCall(CallArrived arrived)
{
    private readonly List<WebhookLegView> legs = [];
    private readonly List<WebhookMenuStepView> menuPath = [];
    private readonly List<WebhookTagView> tags = [];
    private string? menuExit;
    private string? manager;
    private int sequence;

    /// <summary>call.started has been published; it comes once, before any other event of the call.</summary>
    public bool Started { get; set; }

    public CallAttributionRow? Attribution { get; private set; }

    public WebhookVisitView? Visit { get; set; }

    public CallerHistory History { get; set; } = CallerHistory.None;

    public CallerTouch? FirstTouch { get; set; }

    public WebhookTagView? LastTag => tags.Count == 0 ? null : tags[^1];

    public int NextSequence() => ++sequence;

    public void Apply(CallEvent callEvent)
    {
        switch (callEvent)
        {
            case CallAttributed attributed:
                Attribution = attributed.Attribution;
                break;
            case LegRinging ringing:
                legs.Add(new WebhookLegView { Endpoint = ringing.Endpoint, Manager = ringing.Manager, Attempt = ringing.Attempt, RingSeconds = ringing.RingSeconds, RangAt = ringing.At, Result = "Ringing" });
                break;
            case LegAnswered answered:
                Settle(answered.Endpoint, answered.Attempt, "Answered", answered.At, null);
                break;
            case LegNotConnected notConnected:
                Settle(notConnected.Endpoint, notConnected.Attempt, notConnected.Outcome, notConnected.At, null);
                break;
            case LegUnavailable unavailable:
                Settle(unavailable.Endpoint, unavailable.Attempt, "Unavailable", unavailable.At, unavailable.Error);
                break;
            case MenuStepTaken step:
                menuPath.Add(new WebhookMenuStepView(step.Menu, step.Step, step.StepDetail, step.AtMs));
                break;
            case MenuFinished finished:
                menuExit = finished.Exit;
                break;
            case CallAnswered callAnswered:
                manager = callAnswered.Manager;
                break;
            case CallTagged tagged:
                tags.Add(new WebhookTagView(tagged.Code, tagged.Name, tagged.Value, tagged.ValueDefaulted, tagged.By, tagged.TaggedAt));
                break;
        }
    }

    public WebhookLegView? Leg(string endpoint, int attempt) => legs.FindLast(l => l.Endpoint == endpoint && l.Attempt == attempt);

    public WebhookCallView View(CallRow row, CallTypes? types) => new()
    {
        Id = row.Id,
        ChannelId = row.ChannelId,
        Direction = row.Direction,
        TrackingNumber = row.TrackingNumber,
        KnownTrackingNumber = arrived.KnownNumber,
        Route = row.RouteName,
        Caller = Caller(row),
        Status = row.Status,
        ArrivedAt = row.ArrivedAt,
        AnsweredAt = row.AnsweredAt,
        EndedAt = row.EndedAt,
        WaitSeconds = row.WaitSeconds,
        TalkSeconds = row.TalkSeconds,
        AnsweredBy = row.AnsweredBy,
        Manager = row.AnsweredBy is null ? null : manager,
        OffHours = row.OffHours,
        IvrListenedSeconds = row.IvrListenedSeconds,
        MenuPath = menuPath.ToArray(),
        MenuExit = menuExit,
        Legs = legs.ToArray(),
        Recording = row.RecordingPath is { } recording ? new WebhookMediaView(recording, row.RecordingSeconds) : null,
        Voicemail = row.VoicemailPath is { } voicemail ? new WebhookMediaView(voicemail, row.VoicemailSeconds) : null,
        Tags = tags.ToArray(),
        Types = types,
        Attribution = Attribution is { } a ? new WebhookAttributionView(a.Reason, a.Site, a.SessionId, a.VisitorId, a.Source, a.Channel, a.Campaign, a.Candidates) : null,
        Visit = Visit,
    };

    private WebhookCallerView Caller(CallRow row) => new()
    {
        Number = row.CallerNumber,
        Name = row.CallerName,
        Returning = History.EarlierCalls > 0,
        EarlierCalls = History.EarlierCalls,
        EarlierAnswered = History.EarlierAnswered,
        FirstCallAt = History.FirstCallAt,
        LastCallId = History.LastCallId,
        LastCallAt = History.LastCallAt,
        LastCallStatus = History.LastStatus,
        LastAnsweredBy = History.LastAnsweredBy,
        FirstSource = FirstTouch?.Source,
        FirstChannel = FirstTouch?.Channel,
        FirstCampaign = FirstTouch?.Campaign,
    };

    private void Settle(string endpoint, int attempt, string result, DateTimeOffset at, string? error)
    {
        var index = legs.FindLastIndex(l => l.Endpoint == endpoint && l.Attempt == attempt);
        if (index < 0)
        {
            legs.Add(new WebhookLegView { Endpoint = endpoint, Attempt = attempt, Result = result, ResultAt = at, Error = error });
            return;
        }

        legs[index] = legs[index] with { Result = result, ResultAt = at, Error = error };
    }
}
