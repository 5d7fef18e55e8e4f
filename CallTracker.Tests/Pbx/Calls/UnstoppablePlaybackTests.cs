using CallTracker.Store.Repositories;
using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>Asterisk 22 cannot stop digits:, number: or characters: playbacks (transcript 18): the tagging read-back plays them.</summary>
[CancelAfter(40_000)]
public sealed class UnstoppablePlaybackTests
{
    private const string ReadBackValue = "number:5000";

    [Test]
    public async Task Manager_who_confirms_during_the_read_back_keeps_the_tag(CancellationToken cancellationToken)
    {
        var options = new FakeAsteriskOptions();
        options.MediaDurations[ReadBackValue] = TimeSpan.FromSeconds(2);
        await using var pbx = await PbxHarness.StartAsync(AfterCallConfig.Routing, AfterCallConfig.Menus, options, cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        var phone = pbx.Asterisk.FindPhoneLeg("PJSIP/101")!;

        await caller.HangupAsync(cancellationToken);
        await PressWhenHeardAsync(phone, "sound:custom/tag-code", "1#", cancellationToken);
        await PressWhenHeardAsync(phone, "sound:beep", "5000#", cancellationToken);
        await PressWhenHeardAsync(phone, ReadBackValue, "1", cancellationToken);
        await PressWhenHeardAsync(phone, "sound:custom/another", "2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var tags = await pbx.App.Services.GetRequiredService<ICallTagRepository>().ListForCallAsync(call.Id, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(pbx.Asterisk.Requests.Any(r => r.Method == "DELETE" && r.Path.StartsWith("/ari/playbacks/", StringComparison.Ordinal) && r.Status == 500), Is.True, "the read-back could not be stopped");
            Assert.That(tags.Select(t => (t.CategoryCode, t.Value)), Is.EqualTo(new[] { ("1", 5000L) }));
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(kinds, Does.Not.Contain("Error").And.Not.Contain("TaggingFailed"));
        });
    }

    private static async Task PressWhenHeardAsync(FakePhone phone, string media, string digits, CancellationToken cancellationToken)
    {
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains(media), $"the manager hears {media}", cancellationToken);
        await phone.SendDtmfAsync(digits, cancellationToken);
    }
}
