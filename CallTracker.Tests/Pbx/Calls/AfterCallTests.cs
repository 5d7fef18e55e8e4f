using CallTracker.Store.Repositories;
using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(40_000)]
public sealed class AfterCallTests
{
    [Test]
    public async Task Manager_tags_the_call_with_a_category_and_value_after_the_caller_hangs_up(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        await EnterTagAsync(phone, "1#", "15000#", cancellationToken);
        await AnswerAsync(phone, "sound:custom/another", "2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var tags = await Tags(pbx).ListForCallAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(tags.Select(t => (t.CategoryCode, t.CategoryName, t.Value, t.ValueDefaulted, t.TaggedBy)), Is.EqualTo(new[] { ("1", "Sale", 15000L, false, "PJSIP/101") }));
            Assert.That(phone.MediaHeard, Does.Contain("digits:1"), "the code is read back");
            Assert.That(phone.IsHungUp, Is.True, "the manager's leg is released after tagging");
        });
    }

    [Test]
    public async Task Value_left_empty_takes_the_categorys_default(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        await EnterTagAsync(phone, "1#", "#", cancellationToken);
        await AnswerAsync(phone, "sound:custom/another", "2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var tag = (await Tags(pbx).ListForCallAsync(call.Id, cancellationToken)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(tag.Value, Is.EqualTo(500));
            Assert.That(tag.ValueDefaulted, Is.True);
        });
    }

    [Test]
    public async Task Unknown_code_is_asked_again_and_a_valid_one_is_taken(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        await AnswerAsync(phone, "sound:custom/tag-code", "7#", cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:pm-invalid-option"), "the manager hears the code was wrong", cancellationToken);
        await EnterTagAsync(phone, "2#", "#", cancellationToken, codePromptsBefore: 1);
        await AnswerAsync(phone, "sound:custom/another", "2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var tag = (await Tags(pbx).ListForCallAsync(call.Id, cancellationToken)).Single();

        Assert.That(tag.CategoryName, Is.EqualTo("Spam"));
    }

    [Test]
    public async Task Manager_who_hangs_up_in_the_menu_stores_no_tag_and_changes_nothing(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        await AnswerAsync(phone, "sound:custom/tag-code", "1#", cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:beep"), "the value is asked", cancellationToken);
        await phone.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(await Tags(pbx).ListForCallAsync(call.Id, cancellationToken), Is.Empty);
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
        });
    }

    [Test]
    public async Task Manager_can_put_two_tags_on_one_call(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await caller.HangupAsync(cancellationToken);
        await EnterTagAsync(phone, "1#", "100#", cancellationToken);
        await AnswerAsync(phone, "sound:custom/another", "1", cancellationToken);
        await EnterTagAsync(phone, "2#", "#", cancellationToken, codePromptsBefore: 1);
        await Eventually.ThatAsync(() => phone.MediaHeard.Count(m => m == "sound:custom/another") == 2, "another tag is offered again", cancellationToken);
        await phone.SendDtmfAsync("2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var tags = await Tags(pbx).ListForCallAsync(call.Id, cancellationToken);

        Assert.That(tags.Select(t => t.CategoryName), Is.EqualTo(new[] { "Sale", "Spam" }));
    }

    [Test]
    public async Task Manager_who_hangs_up_first_gets_no_menu_and_the_conversation_is_recorded(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        var (caller, phone) = await ConnectAsync(pbx, cancellationToken);

        await phone.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(phone.MediaHeard, Does.Not.Contain("sound:custom/tag-code"));
            Assert.That(call.RecordingPath, Is.EqualTo($"/var/spool/asterisk/recording/calls/{call.ArrivedAt.UtcDateTime:yyyy-MM-dd}/{call.Id}.wav"));
            Assert.That(call.RecordingSeconds, Is.Not.Null);
            Assert.That(pbx.Asterisk.StoredRecordings, Does.Contain($"calls/{call.ArrivedAt.UtcDateTime:yyyy-MM-dd}/{call.Id}"));
        });
    }

    [Test]
    public async Task Manager_who_accepts_the_whisper_is_put_through(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000005", "79161234567", null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101")?.MediaHeard.Contains("sound:custom/new-call") == true, "101 hears the whisper", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.SendDtmfAsync("1", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
            Assert.That(caller.MediaHeard, Does.Not.Contain("sound:custom/new-call"), "only the manager hears the whisper");
        });
    }

    [Test]
    public async Task Manager_who_rejects_the_whisper_counts_as_not_answering_and_the_next_one_rings(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000005", "79161234567", null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101")?.MediaHeard.Contains("sound:custom/new-call") == true, "101 hears the whisper", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.SendDtmfAsync("9", cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/102")?.MediaHeard.Contains("sound:custom/new-call") == true, "102 hears the whisper", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/102")!.SendDtmfAsync("1", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(2, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/102"));
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True);
            Assert.That(kinds, Does.Contain("ManagerRejected"));
        });
    }

    private static Task<PbxHarness> StartAsync(CancellationToken cancellationToken) =>
        PbxHarness.StartAsync(AfterCallConfig.Routing, AfterCallConfig.Menus, new FakeAsteriskOptions(), cancellationToken);

    private static ICallTagRepository Tags(PbxHarness pbx) => pbx.App.Services.GetRequiredService<ICallTagRepository>();

    private static async Task<(FakeCaller Caller, FakePhone Phone)> ConnectAsync(PbxHarness pbx, CancellationToken cancellationToken)
    {
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        return (caller, pbx.Asterisk.FindPhoneLeg("PJSIP/101")!);
    }

    /// <summary>Answers the code and value questions, then confirms the read-back with 1.</summary>
    private static async Task EnterTagAsync(FakePhone phone, string code, string value, CancellationToken cancellationToken, int codePromptsBefore = 0)
    {
        var beeps = phone.MediaHeard.Count(m => m == "sound:beep");
        var confirms = phone.MediaHeard.Count(m => m == "sound:if-correct-press");
        await Eventually.ThatAsync(() => phone.MediaHeard.Count(m => m == "sound:custom/tag-code") > codePromptsBefore, "the code is asked", cancellationToken);
        await phone.SendDtmfAsync(code, cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Count(m => m == "sound:beep") > beeps, "the value is asked", cancellationToken);
        await phone.SendDtmfAsync(value, cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Count(m => m == "sound:if-correct-press") > confirms, "the tag is read back", cancellationToken);
        await phone.SendDtmfAsync("1", cancellationToken);
    }

    private static async Task AnswerAsync(FakePhone phone, string prompt, string digits, CancellationToken cancellationToken)
    {
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains(prompt), $"the manager hears {prompt}", cancellationToken);
        await phone.SendDtmfAsync(digits, cancellationToken);
    }
}
