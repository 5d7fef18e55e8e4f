using CallTracker.Store.Rows;
using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>Every wait on Asterisk has a deadline, and no call stays InProgress: the calls a real Asterisk left stuck under load.</summary>
public sealed class StuckCallTests
{
    private const string TagCodePrompt = "sound:custom/tag-code";

    [Test]
    [CancelAfter(30_000)]
    public async Task A_prompt_that_never_finishes_is_given_up_at_its_deadline_and_the_call_ends(CancellationToken cancellationToken)
    {
        var asterisk = await FakeAsterisk.StartAsync(EndlessTagPrompt(), cancellationToken);
        await using var pbx = await PbxHarness.StartAsync(asterisk, AfterCallConfig.Routing, OneAttemptTagging, """{ "PromptTimeoutSeconds": 1 }""", cancellationToken);
        var caller = await AnsweredCallAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(kinds, Does.Contain("TaggingNoInput"), "the menu went on after the prompt's deadline");
            Assert.That(asterisk.Requests.Any(r => r.Method == "GET" && r.Path.StartsWith("/ari/playbacks/", StringComparison.Ordinal)), Is.True, "Asterisk was asked what became of the playback");
            Assert.That(asterisk.Requests.Any(r => r.Method == "DELETE" && r.Path.StartsWith("/ari/playbacks/", StringComparison.Ordinal)), Is.True, "the endless playback was stopped");
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_call_stuck_past_a_step_deadline_is_ended_by_its_watchdog_with_its_status_and_channels_released(CancellationToken cancellationToken)
    {
        var asterisk = await FakeAsterisk.StartAsync(EndlessTagPrompt(), cancellationToken);
        const string Calls = """{ "StepTimeoutSeconds": 1, "WatchdogPeriodSeconds": 1 }""";
        await using var pbx = await PbxHarness.StartAsync(asterisk, AfterCallConfig.Routing, OneAttemptTagging, Calls, cancellationToken);
        var caller = await AnsweredCallAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.TalkSeconds, Is.LessThan(5), "talk time ends when the caller left, not when the watchdog fired");
            Assert.That(kinds, Does.Contain("Stuck"));
            Assert.That(asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True, "the manager's leg is released");
        });
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Two_hundred_callers_hanging_up_while_bridged_with_tagging_on_all_end_Answered(CancellationToken cancellationToken)
    {
        const int Calls = 200;
        await using var pbx = await PbxHarness.StartAsync(AfterCallConfig.Routing, OneAttemptTagging, new FakeAsteriskOptions(), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var callers = await Task.WhenAll(Enumerable.Range(0, Calls).Select(i =>
            pbx.Asterisk.PlaceInboundCallAsync("74950000001", $"7916{i:D7}", null, cancellationToken)));
        await Eventually.ThatAsync(() => Task.FromResult(JoinedManagers(pbx) == Calls), "every manager leg joins its caller", TimeSpan.FromSeconds(60), cancellationToken);
        await Task.WhenAll(callers.Select(c => c.HangupAsync(cancellationToken)));
        // The journal stores calls once the burst pauses: wait for each call's own row, not for the table to look quiet.
        CallRow?[] ended = [];
        await Eventually.ThatAsync(
            async () =>
            {
                ended = await Task.WhenAll(callers.Select(c => pbx.Calls.FindByChannelIdAsync(c.ChannelId, cancellationToken)));
                return ended.All(c => c is not null && c.Status != CallRow.InProgressStatus);
            },
            "every call is stored as ended",
            TimeSpan.FromSeconds(60),
            cancellationToken);

        Assert.That(ended.Select(c => c?.Status), Is.All.EqualTo("Answered"));
    }

    /// <summary>The tagging menu of <see cref="AfterCallConfig"/>, giving up after one silent attempt.</summary>
    private static readonly string OneAttemptTagging = AfterCallConfig.Menus
        .Replace("\"MaxAttempts\": 3", "\"MaxAttempts\": 1", StringComparison.Ordinal)
        .Replace("\"CodeTimeoutSeconds\": 3", "\"CodeTimeoutSeconds\": 1", StringComparison.Ordinal);

    private static FakeAsteriskOptions EndlessTagPrompt()
    {
        var options = new FakeAsteriskOptions();
        options.MediaDurations[TagCodePrompt] = TimeSpan.FromHours(1);
        return options;
    }

    private static async Task<FakeCaller> AnsweredCallAsync(PbxHarness pbx, CancellationToken cancellationToken)
    {
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        return caller;
    }

    private static int JoinedManagers(PbxHarness pbx) =>
        pbx.Asterisk.Requests.Count(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Query.Contains("-m1", StringComparison.Ordinal) && r.Status < 300);
}
