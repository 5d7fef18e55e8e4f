using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls;

/// <summary>What every call shares: the ARI client, where call events go, attribution, routes and the voice-menu engine.</summary>
public sealed class CallServices(
    AriClient ari,
    CallEventBus events,
    ICallAttribution attribution,
    CallRegistry registry,
    ManagerLoad load,
    RingStrategies ringStrategies,
    CallSetupGate setup,
    LiveSettings settings,
    IOptions<RecordingOptions> recordings,
    IOptions<AriOptions> ariOptions,
    IOptions<CallLimitsOptions> limits,
    TimeProvider time)
{
    private SettingsSnapshot? pinned;

    public AriClient Ari => ari;

    public CallEventBus Events => events;

    public ICallAttribution Attribution => attribution;

    public CallRegistry Registry => registry;

    /// <summary>Calls each phone is ringing for or talking on now, across all calls.</summary>
    public ManagerLoad Load => load;

    /// <summary>The ring strategy each route's Ring setting names.</summary>
    public RingStrategies RingStrategies => ringStrategies;

    /// <summary>Calls on their way to their first manager's phone, whom callers' ringing gives way to.</summary>
    public CallSetupGate Setup => setup;

    public RouteTable Routes => Settings.Routes;

    public MenuRunner Menus => Settings.Menus;

    public VoicemailTaker Voicemail => Settings.Voicemail;

    public TaggingMenu Tagging => Settings.Tagging;

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
