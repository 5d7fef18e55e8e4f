using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls;

/// <summary>What every call handler shares: the ARI client, the store, attribution, routes and the voice-menu engine.</summary>
public sealed class CallServices(
    AriClient ari,
    CallJournal journal,
    ICallAttribution attribution,
    CallRegistry registry,
    LiveSettings settings,
    ICallTagRepository tags,
    IOptions<RecordingOptions> recordings,
    IOptions<AriOptions> ariOptions,
    IOptions<CallLimitsOptions> limits,
    TimeProvider time)
{
    private SettingsSnapshot? pinned;

    public AriClient Ari => ari;

    public CallJournal Journal => journal;

    public ICallAttribution Attribution => attribution;

    public CallRegistry Registry => registry;

    public RouteTable Routes => Settings.Routes;

    public MenuRunner Menus => Settings.Menus;

    public VoicemailTaker Voicemail => Settings.Voicemail;

    public TaggingMenu Tagging => Settings.Tagging;

    public ICallTagRepository Tags => tags;

    public string Language => Settings.Ivr.Language;

    public string VoicemailFormat => Settings.Ivr.Voicemail.Format;

    public RecordingOptions Recordings => recordings.Value;

    public CallLimitsOptions Limits => limits.Value;

    public int InboxCapacity => ariOptions.Value.CallInboxCapacity;

    public TimeProvider Time => time;

    private SettingsSnapshot Settings => pinned ?? settings.Current;

    /// <summary>For one call: routes, menus and categories as they are now, kept by the call whatever is reloaded meanwhile.</summary>
    public CallServices ForNewCall()
    {
        var copy = (CallServices)MemberwiseClone();
        copy.pinned = settings.Current;
        return copy;
    }
}
