using CallTracker.Ivr.Prompts;

namespace CallTracker.Tests.Ivr.Prompts;

/// <summary>How the prompts before an entry behave: interrupted by a key, cut by a hangup, or failing to play.</summary>
[CancelAfter(5_000)]
public sealed class DigitCollectorPromptTests
{
    private static readonly string[] TwoPrompts = ["sound:custom/first", "sound:custom/second"];

    [Test]
    public async Task Digit_pressed_during_a_prompt_stops_it_and_starts_the_entry(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(1, "7");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 1), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.Matched));
            Assert.That(outcome.Digits, Is.EqualTo("7"));
            Assert.That(caller.Played, Is.EqualTo(new[] { "sound:custom/first" }), "the second prompt is skipped");
            Assert.That(outcome.Prompts.Played.Single().Status, Is.EqualTo(PlayStatus.StoppedByDigit));
            Assert.That(outcome.PromptsPlayedFor, Is.EqualTo(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task Hangup_during_the_prompts_says_so_and_how_long_they_played(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().HangUpAt(3);

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 1), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.HungUp));
            Assert.That(outcome.HungUpDuringPrompts, Is.True);
            Assert.That(outcome.PromptsPlayedFor, Is.EqualTo(TimeSpan.FromSeconds(3)));
        });
    }

    [Test]
    public async Task A_prompt_that_fails_to_play_does_not_silence_the_rest(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Missing("sound:custom/first").Press(1, "3");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 1), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Prompts.Played.Select(p => p.Status), Is.EqualTo(new[] { PlayStatus.Failed, PlayStatus.StoppedByDigit }));
            Assert.That(outcome.Digits, Is.EqualTo("3"));
        });
    }

    private static CollectSpec Spec(IReadOnlyList<string> prompts, int maxDigits) =>
        new(prompts, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), maxDigits);

    private static DigitCollector CreateSut(ScriptedCallLeg caller) => new(caller, caller.Time);
}
