using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CallTracker.Tests.Pbx.Calls.Flows;

/// <summary>
/// One inbound call's real session and flow over stubbed ARI REST and a fake clock: the test plays Asterisk's part by
/// posting the events, and moves time itself.
/// </summary>
internal sealed class FlowHarness : IAsyncDisposable
{
    public const string CallerChannel = "trunk-1";

    private readonly CancellationTokenSource stopping = new();
    private readonly CallSession session;
    private readonly ICallFlow flow;
    private Task running = Task.CompletedTask;
    private CallSetupGate? setup;

    public FlowHarness(RouteOptions route)
    {
        var routing = new RoutingOptions
        {
            DefaultRoute = route.Name,
            Managers = [new ManagerOptions { Endpoint = "PJSIP/101", Name = "Anna" }, new ManagerOptions { Endpoint = "PJSIP/102", Name = "Boris" }],
            Routes = [route],
        };
        var routes = new RouteTable(Options.Create(routing));
        var ivr = new IvrOptions();
        var settings = new LiveSettings(
            Options.Create(ivr),
            routes,
            new MenuRunner(Options.Create(ivr), routes, Time, NullLogger<MenuRunner>.Instance),
            new VoicemailTaker(Options.Create(ivr.Voicemail), Time, NullLogger<VoicemailTaker>.Instance),
            new TaggingMenu(Options.Create(ivr.Tagging), Time, NullLogger<TaggingMenu>.Instance),
            Time,
            NullLoggerFactory.Instance);
        var ari = new AriClient(new HttpClient(Ari), Options.Create(new AriOptions { Password = "secret" }));
        var services = new CallServices(
            ari, new CallEventBus([Sink]), new Mock<ICallAttribution>().Object, new CallRegistry(), Load,
            new RingStrategies(new DealerRotation(Load, Time), new LastManagers(Options.Create(routing), Time), Load), Setup, settings,
            Options.Create(new RecordingOptions()), Options.Create(new AriOptions()), Options.Create(new CallLimitsOptions()), Time);
        (session, flow) = new CallSessionFactory(services, Options.Create(new OutboundOptions()), Options.Create(new CallbackOptions()), NullLoggerFactory.Instance).CreateInbound(new StasisStartEvent
        {
            Args = ["inbound", "74950000001"],
            Channel = Channel(CallerChannel, "Ring"),
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    public StubAriHandler Ari { get; } = new();

    public CapturingEventSink Sink { get; } = new();

    public ManagerLoad Load { get; } = new();

    /// <summary>The calls being set up that this call's bookkeeping gives way to; a test enters it to stand for other calls.</summary>
    public CallSetupGate Setup => setup ??= new CallSetupGate(Time);

    public string CallId => session.CallId;

    /// <summary>The id of the leg of the nth manager rung.</summary>
    public string Leg(int attempt) => $"{CallId}-m{attempt}";

    public Task<CallStatus> RunAsync()
    {
        var ended = new TaskCompletionSource<CallStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        Sink.Ended = ended;
        running = session.RunAsync(flow, stopping.Token);
        return ended.Task;
    }

    public void Answer(string channelId) => session.Post(new ChannelStateChangeEvent { Channel = Channel(channelId, "Up") });

    public void Hangup(string channelId, int cause = 16) => session.Post(new ChannelHangupRequestEvent { Cause = cause, Channel = Channel(channelId, "Up") });

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await running;
        stopping.Dispose();
        session.Dispose();
        setup?.Dispose();
    }

    private static Channel Channel(string id, string state) =>
        new() { Id = id, Name = "PJSIP/" + id, State = state, Caller = new CallerId("", "79161234567") };
}
