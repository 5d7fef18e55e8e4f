using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Store.Rows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>What a real Asterisk 22 does not replay: answers while the socket was down, channels a dead process left in Stasis.</summary>
[CancelAfter(30_000)]
public sealed class ReconnectAndRestartTests
{
    private const string TrackingNumber = "74950000001";
    private const string CallerNumber = "79161234567";

    [Test]
    public async Task Manager_who_answers_while_the_socket_is_down_is_connected_after_the_reconnect(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 30);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);

        await pbx.EventSocket.StopAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.ConnectedSockets == 0, "the event socket is down", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.AnswerAsync(cancellationToken);
        await pbx.EventSocket.StartAsync(cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
        });
    }

    [Test]
    public async Task Caller_left_in_Stasis_by_a_dead_process_is_handed_to_the_dialplan_fallback_and_recorded(CancellationToken cancellationToken)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { Dialplan = FakeDialplan.Fallback, FallbackDial = "PJSIP/900" }, cancellationToken);
        asterisk.SetPhone("PJSIP/900", PhoneBehaviour.Manual());
        var caller = await asterisk.PlaceStrandedCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);

        await using var pbx = await PbxHarness.StartAsync(asterisk, PbxHarness.SalesRouting(), ServiceFolder.NoMenus, null, cancellationToken);
        var fallbackPhone = await asterisk.WaitForPhoneLegAsync("PJSIP/900", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(fallbackPhone.IsHungUp, Is.False, "the dialplan fallback rings the group");
            Assert.That(caller.StasisApp, Is.Null, "the caller has left Stasis");
            Assert.That(call.Status, Is.EqualTo("HandedToDialplan"));
            Assert.That(call.CallerNumber, Is.EqualTo(CallerNumber));
            Assert.That(call.TrackingNumber, Is.EqualTo(TrackingNumber));
            Assert.That(asterisk.Requests.Any(r => r.Method == "POST" && r.Path.EndsWith("/dial", StringComparison.Ordinal)), Is.False, "the new process does not ring managers for it");
        });
    }

    [Test]
    public async Task Manager_whose_outgoing_call_a_dead_process_left_ringing_goes_on_in_the_dialplan_which_dials_the_number(CancellationToken cancellationToken)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        asterisk.SetPhone("PJSIP/79161234567@trunk", PhoneBehaviour.Manual());
        var manager = await asterisk.PlaceStrandedOutboundCallAsync("PJSIP/101", "979161234567", cancellationToken);

        await using var pbx = await PbxHarness.StartAsync(asterisk, PbxHarness.SalesRouting(), ServiceFolder.NoMenus, null, cancellationToken);
        var client = await asterisk.WaitForPhoneLegAsync("PJSIP/79161234567@trunk", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(manager.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(manager.StasisApp, Is.Null, "the manager's channel has left Stasis");
            Assert.That(client.IsHungUp, Is.False, "the dialplan dials the number itself");
            Assert.That(call.Status, Is.EqualTo("HandedToDialplan"));
            Assert.That(call.Direction, Is.EqualTo("Outbound"));
            Assert.That(call.TrackingNumber, Is.EqualTo("79161234567"));
            Assert.That(call.CallerNumber, Is.EqualTo("101"));
        });
    }

    [Test]
    public async Task Caller_of_a_call_the_killed_service_left_in_progress_is_handed_back_and_that_call_records_it(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        var caller = await pbx.Asterisk.PlaceStrandedCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        var callId = await InsertCallInProgressAsync(pbx, caller.ChannelId, cancellationToken);

        // As after kill -9 and a restart: the start-up sweep marks the call Interrupted, then the socket connects.
        await new InterruptedCallSweep(pbx.Calls, pbx.App.Services.GetRequiredService<CallJournal>(), TimeProvider.System, NullLogger<InterruptedCallSweep>.Instance).StartAsync(cancellationToken);
        await pbx.Asterisk.DropEventSocketsAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(r => r.Method == "POST" && r.Path == $"/ari/channels/{caller.ChannelId}/continue"), "the stranded caller is sent on", cancellationToken);
        await Eventually.ThatAsync(async () => (await pbx.Calls.GetAsync(callId, cancellationToken))!.Status == "HandedToDialplan", "the call records the hand-over", cancellationToken);
        var kinds = await pbx.EventKindsAsync(callId, cancellationToken);

        Assert.That(kinds, Does.Contain("Interrupted").And.Contain("StrandedHandedToDialplan"));
    }

    [Test]
    public async Task Manager_leg_left_in_Stasis_by_a_dead_process_is_hung_up(CancellationToken cancellationToken)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        using var http = new HttpClient { BaseAddress = asterisk.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("calltracker:secret"u8.ToArray()));
        await StrandAsync(asterisk, _ => CreateLegAsync(http, "dead-call-m1", cancellationToken), cancellationToken);

        await using var pbx = await PbxHarness.StartAsync(asterisk, PbxHarness.SalesRouting(), ServiceFolder.NoMenus, null, cancellationToken);

        await Eventually.ThatAsync(() => asterisk.Requests.Any(r => r.Method == "DELETE" && r.Path == "/ari/channels/dead-call-m1"), "the stranded leg is hung up", cancellationToken);
    }

    private static async Task<string> InsertCallInProgressAsync(PbxHarness pbx, string channelId, CancellationToken cancellationToken)
    {
        var row = new CallRow
        {
            Id = "killed-call",
            ChannelId = channelId,
            TrackingNumber = TrackingNumber,
            CallerNumber = CallerNumber,
            RouteName = "sales",
            ArrivedAt = DateTimeOffset.UtcNow,
            Status = CallRow.InProgressStatus,
        };
        await pbx.Calls.InsertAsync(row, cancellationToken);
        return row.Id;
    }

    /// <summary>Does <paramref name="strand"/> while a bare socket holds the app, then drops that socket as kill -9 would.</summary>
    private static async Task<T> StrandAsync<T>(FakeAsterisk asterisk, Func<FakeAsterisk, Task<T>> strand, CancellationToken cancellationToken)
    {
        using var deadProcess = await StasisApp.ConnectAsync(asterisk, cancellationToken);
        var stranded = await strand(asterisk);
        deadProcess.Abort();
        await Eventually.ThatAsync(() => asterisk.ConnectedSockets == 0, "the dead process's socket is gone", cancellationToken);
        return stranded;
    }

    private static async Task<string> CreateLegAsync(HttpClient http, string legId, CancellationToken cancellationToken)
    {
        var body = $$"""{ "endpoint": "PJSIP/101", "app": "calltracker", "appArgs": "manager-leg,dead-call", "channelId": "{{legId}}" }""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("ari/channels/create", UriKind.Relative), content, cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return legId;
    }
}
