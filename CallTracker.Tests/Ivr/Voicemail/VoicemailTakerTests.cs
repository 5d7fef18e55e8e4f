using CallTracker.Ivr.Prompts;
using CallTracker.Ivr.Voicemail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Ivr.Voicemail;

[CancelAfter(5_000)]
public sealed class VoicemailTakerTests
{
    private const string Intro = "sound:vm-intro";
    private const string Saved = "sound:vm-msgsaved";

    [Test]
    public async Task A_message_ended_with_hash_is_kept_and_the_caller_hears_it_was_saved(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg
        {
            Recording = spec => new RecordOutcome(RecordStatus.Recorded, spec.Name, TimeSpan.FromSeconds(12), null),
        };

        var result = await CreateSut(caller).TakeAsync(caller, "vm-call-1", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new VoicemailResult(VoicemailStatus.Kept, "vm-call-1", TimeSpan.FromSeconds(12))));
            Assert.That(caller.RecordedWith, Is.EqualTo(new RecordSpec("vm-call-1", "wav", TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(5), '#', Beep: true)));
            Assert.That(caller.Played, Is.EqualTo(new[] { Intro, Saved }));
        });
    }

    [Test]
    public async Task A_message_ended_by_hanging_up_is_kept(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg
        {
            Recording = spec => new RecordOutcome(RecordStatus.HungUp, spec.Name, TimeSpan.FromSeconds(8), null),
        };

        var result = await CreateSut(caller).TakeAsync(caller, "vm-call-2", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new VoicemailResult(VoicemailStatus.Kept, "vm-call-2", TimeSpan.FromSeconds(8))));
            Assert.That(caller.Played, Is.EqualTo(new[] { Intro }), "nobody is left to hear that it was saved");
        });
    }

    [TestCase(RecordStatus.Empty, 0, Description = "silence until the length limit: Asterisk reports duration 0")]
    [TestCase(RecordStatus.Recorded, 1, Description = "shorter than the 2 s minimum")]
    [TestCase(RecordStatus.HungUp, 0, Description = "hung up at the beep")]
    public async Task A_recording_with_nothing_said_is_discarded_and_names_the_file_to_delete(RecordStatus status, int seconds, CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg
        {
            Recording = spec => new RecordOutcome(status, spec.Name, TimeSpan.FromSeconds(seconds), null),
        };

        var result = await CreateSut(caller).TakeAsync(caller, "vm-call-3", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new VoicemailResult(VoicemailStatus.Discarded, "vm-call-3", TimeSpan.FromSeconds(seconds))));
            Assert.That(caller.Played, Does.Not.Contain(Saved));
        });
    }

    [Test]
    public async Task Caller_who_hangs_up_during_the_prompt_is_not_recorded(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().HangUpAt(1);

        var result = await CreateSut(caller).TakeAsync(caller, "vm-call-4", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(VoicemailStatus.HungUpBeforeRecording));
            Assert.That(result.Name, Is.Null);
            Assert.That(caller.RecordedWith, Is.Null);
        });
    }

    [Test]
    public async Task A_recording_Asterisk_cannot_make_is_Failed_with_its_cause(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg
        {
            Recording = _ => new RecordOutcome(RecordStatus.Failed, null, TimeSpan.Zero, "Cannot record channel while in bridge"),
        };

        var result = await CreateSut(caller).TakeAsync(caller, "vm-call-5", cancellationToken);

        Assert.That(result, Is.EqualTo(new VoicemailResult(VoicemailStatus.Failed, null, TimeSpan.Zero, "Cannot record channel while in bridge")));
    }

    [Test]
    public async Task A_key_skips_the_prompt_and_is_not_left_buffered(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().PromptLasts(Intro, 6).Press(1, "5");

        await CreateSut(caller).TakeAsync(caller, "vm-call-6", cancellationToken);
        var after = await caller.ReadDigitAsync(TimeSpan.Zero, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(1 + 10 + 2)), "intro cut at 1 s, 10 s message, 2 s 'saved'");
            Assert.That(after.Status, Is.EqualTo(DigitStatus.Timeout));
        });
    }

    private static VoicemailTaker CreateSut(ScriptedCallLeg caller) => new(
        Options.Create(new VoicemailOptions { Prompt = [Intro], AfterRecording = [Saved] }),
        caller.Time,
        NullLogger<VoicemailTaker>.Instance);
}
