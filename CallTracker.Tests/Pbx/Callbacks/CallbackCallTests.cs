using System.Text.Json;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Callbacks;

/// <summary>Callbacks end to end: the API, the scheduler and the callback flow over the fake Asterisk, managers rung first.</summary>
[CancelAfter(40_000)]
public sealed class CallbackCallTests
{
    private const string Client = "79161234567";
    private const string ClientAtTrunk = "PJSIP/79161234567@trunk";
    private const string SiteNumber = "74950000001";
    private const string Prompt = "sound:pls-hold-while-try";

    private static string Settings(string retryMinutes = "[]") =>
        $$"""
        "Callbacks": { "ManagerPrompt": "{{Prompt}}", "ClientRingSeconds": 1, "RetryMinutes": {{retryMinutes}} },
        """;

    [Test]
    public async Task Manager_and_client_who_answer_talk_and_the_callback_is_CallbackConnected_and_attributed_to_the_visit(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartWithSettingsAsync(Settings(), cancellationToken);
        using var page = new CallbackApiClient(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var sessionId = await page.StartSessionAsync(cancellationToken);

        var id = await page.RequestAsync(CallbackApiClient.Body("+7 (916) 123-45-67", sessionId: sessionId), cancellationToken);
        await WaitForClientJoinedAsync(pbx, cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(1200), cancellationToken);
        await pbx.Asterisk.FindPhoneLeg(ClientAtTrunk)!.HangupAsync(cancellationToken);
        var callback = await page.WaitForStateAsync(id, "Connected", cancellationToken);
        var call = await WaitForCallAsync(pbx, callback, cancellationToken);
        var attribution = await pbx.Attributions.GetAsync(call.Id, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(callback.GetProperty("status").GetString(), Is.EqualTo("CallbackConnected"));
            Assert.That(callback.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
            Assert.That(call.Status, Is.EqualTo("CallbackConnected"));
            Assert.That(call.Direction, Is.EqualTo("Callback"));
            Assert.That(call.CallerNumber, Is.EqualTo(Client), "the client's digits");
            Assert.That(call.TrackingNumber, Is.EqualTo(SiteNumber), "the site's number");
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
            Assert.That(call.TalkSeconds, Is.GreaterThanOrEqualTo(1));
            Assert.That(attribution!.Reason, Is.EqualTo("Callback"));
            Assert.That(attribution.SessionId, Is.EqualTo(sessionId));
            Assert.That(attribution.Source, Is.EqualTo("google"));
            Assert.That(attribution.Campaign, Is.EqualTo("spring"));
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.MediaHeard, Does.Contain(Prompt), "the manager heard the prompt");
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.CallerIdNumberShown, Is.EqualTo(Client), "the manager's phone shows whom they will call");
            Assert.That(pbx.Asterisk.FindPhoneLeg(ClientAtTrunk)!.CallerIdNumberShown, Is.EqualTo(SiteNumber), "the client's phone shows the site's number");
            Assert.That(
                kinds.Where(k => k != "CallbackAttemptEnded"),
                Is.EqualTo(new[] { "Arrived", "CallbackAttemptStarted", "Attributed", "ManagerRinging", "ManagerAnswered", "CallbackClientDialled", "ClientRinging", "ClientAnswered", "Answered", "CallerHungUp", "Ended" }));
        });
    }

    [Test]
    public async Task Callback_no_manager_answers_is_CallbackManagerNoAnswer_and_the_client_is_never_dialled(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartWithSettingsAsync(Settings(), cancellationToken, ringSeconds: 1);
        using var page = new CallbackApiClient(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Busy());

        var id = await page.RequestAsync(CallbackApiClient.Body(Client), cancellationToken);
        var callback = await page.WaitForStateAsync(id, "Failed", cancellationToken);
        var call = await WaitForCallAsync(pbx, callback, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(callback.GetProperty("status").GetString(), Is.EqualTo("CallbackManagerNoAnswer"));
            Assert.That(call.Status, Is.EqualTo("CallbackManagerNoAnswer"));
            Assert.That(call.AnsweredBy, Is.Null);
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/102"), Is.Not.Null, "both managers were rung");
            Assert.That(pbx.Asterisk.FindPhoneLeg(ClientAtTrunk), Is.Null, "the client is called only once a manager is on the line");
        });
    }

    [Test]
    public async Task Client_who_does_not_answer_gives_CallbackClientNoAnswer_and_no_second_manager_is_rung(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartWithSettingsAsync(Settings(), cancellationToken);
        using var page = new CallbackApiClient(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.NeverAnswer());

        var id = await page.RequestAsync(CallbackApiClient.Body(Client), cancellationToken);
        var callback = await page.WaitForStateAsync(id, "Failed", cancellationToken);
        var call = await WaitForCallAsync(pbx, callback, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("CallbackClientNoAnswer"));
            Assert.That(kinds, Does.Contain("ClientNoAnswer"));
            Assert.That(kinds.Count(k => k == "ManagerRinging"), Is.EqualTo(1), "ringing the next manager would only call the client again");
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True, "the manager is let go");
        });
    }

    [Test]
    public async Task Client_whose_line_is_busy_gives_CallbackClientBusy(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartWithSettingsAsync(Settings(), cancellationToken);
        using var page = new CallbackApiClient(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.Busy());

        var id = await page.RequestAsync(CallbackApiClient.Body(Client), cancellationToken);
        var callback = await page.WaitForStateAsync(id, "Failed", cancellationToken);
        var call = await WaitForCallAsync(pbx, callback, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(callback.GetProperty("status").GetString(), Is.EqualTo("CallbackClientBusy"));
            Assert.That(call.Status, Is.EqualTo("CallbackClientBusy"));
            Assert.That(pbx.Asterisk.FindPhoneLeg(ClientAtTrunk)!.IsHungUp, Is.True, "a busy leg is hung up at once");
        });
    }

    [Test]
    public async Task Pending_retry_survives_a_restart_and_the_new_process_carries_it_out_when_due(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartWithSettingsAsync(Settings("[ 0.1 ]"), cancellationToken, ringSeconds: 1);
        using var page = new CallbackApiClient(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.NeverAnswer());
        var id = await page.RequestAsync(CallbackApiClient.Body(Client), cancellationToken);
        var first = await WaitForAsync(page, id, c => c.GetProperty("attempts").GetInt32() == 1 && c.GetProperty("state").GetString() == "Pending", cancellationToken);

        await pbx.RestartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        using var again = new CallbackApiClient(pbx.ServiceAddress);
        var pending = await again.GetAsync(id, cancellationToken);
        await WaitForClientJoinedAsync(pbx, cancellationToken);
        await pbx.Asterisk.FindPhoneLeg(ClientAtTrunk)!.HangupAsync(cancellationToken);
        var done = await again.WaitForStateAsync(id, "Connected", cancellationToken);
        var calls = done.GetProperty("calls").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("CallbackManagerNoAnswer"));
            Assert.That(pending.GetProperty("state").GetString(), Is.EqualTo("Pending"), "the restarted service still has it");
            Assert.That(done.GetProperty("attempts").GetInt32(), Is.EqualTo(2));
            Assert.That(calls.Select(c => c.GetProperty("status").GetString()), Is.EqualTo(new[] { "CallbackManagerNoAnswer", "CallbackConnected" }));
            Assert.That(
                calls[1].GetProperty("startedAt").GetDateTimeOffset() - calls[0].GetProperty("endedAt").GetDateTimeOffset(),
                Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(5.9)),
                "the retry waited for its time (0.1 min) across the restart");
        });
    }

    private static async Task<JsonElement> WaitForAsync(CallbackApiClient page, string id, Func<JsonElement, bool> condition, CancellationToken cancellationToken)
    {
        var callback = default(JsonElement);
        await Eventually.ThatAsync(
            async () => condition(callback = await page.GetAsync(id, cancellationToken)),
            $"callback {id} gets on",
            cancellationToken);
        return callback;
    }

    /// <summary>The last attempt's call, once the journal has finished it.</summary>
    private static async Task<CallRow> WaitForCallAsync(PbxHarness pbx, JsonElement callback, CancellationToken cancellationToken)
    {
        var callId = callback.GetProperty("calls").EnumerateArray().Last().GetProperty("callId").GetString()!;
        CallRow? call = null;
        await Eventually.ThatAsync(
            async () => (call = await pbx.Calls.GetAsync(callId, cancellationToken)) is { Status: not CallRow.InProgressStatus },
            $"call {callId} is stored",
            cancellationToken);
        return call!;
    }

    private static Task WaitForClientJoinedAsync(PbxHarness pbx, CancellationToken cancellationToken) =>
        Eventually.ThatAsync(
            () => pbx.Asterisk.Requests.Any(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Query.Contains("-c1", StringComparison.Ordinal) && r.Status < 300),
            "the client joins the manager",
            cancellationToken);
}
