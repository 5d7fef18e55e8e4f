using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari;
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
    RouteTable routes,
    MenuRunner menus,
    VoicemailTaker voicemail,
    TaggingMenu tagging,
    ICallTagRepository tags,
    IOptions<IvrOptions> ivr,
    IOptions<RecordingOptions> recordings,
    IOptions<AriOptions> ariOptions,
    IOptions<CallLimitsOptions> limits,
    TimeProvider time)
{
    public AriClient Ari => ari;

    public CallJournal Journal => journal;

    public ICallAttribution Attribution => attribution;

    public CallRegistry Registry => registry;

    public RouteTable Routes => routes;

    public MenuRunner Menus => menus;

    public VoicemailTaker Voicemail => voicemail;

    public TaggingMenu Tagging => tagging;

    public ICallTagRepository Tags => tags;

    public string Language => ivr.Value.Language;

    public string VoicemailFormat => ivr.Value.Voicemail.Format;

    public RecordingOptions Recordings => recordings.Value;

    public CallLimitsOptions Limits => limits.Value;

    public int InboxCapacity => ariOptions.Value.CallInboxCapacity;

    public TimeProvider Time => time;
}
