using CallTracker.Ivr.Prompts;

namespace CallTracker.Tests.Ivr.Prompts;

[CancelAfter(5_000)]
public sealed class DigitCollectorTests
{
    private static readonly string[] TwoPrompts = ["sound:custom/first", "sound:custom/second"];

    [Test]
    public async Task Caller_who_presses_nothing_gets_NoInput_after_the_first_digit_timeout(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg();

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 3), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.NoInput));
            Assert.That(outcome.PromptsPlayedFor, Is.EqualTo(TimeSpan.FromSeconds(4)));
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(4 + 5)), "two 2 s prompts, then the 5 s first-digit timeout");
        });
    }

    [Test]
    public async Task A_first_digit_just_inside_the_timeout_is_taken(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(2 + 5, "4");

        var outcome = await CreateSut(caller).CollectAsync(Spec(["sound:custom/first"], maxDigits: 1), cancellationToken);

        Assert.That(outcome.Digits, Is.EqualTo("4"));
    }

    [Test]
    public async Task Entry_ends_when_the_inter_digit_timeout_passes(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "12").Press(3.5 + 3.5, "9");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 4), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.Matched));
            Assert.That(outcome.Digits, Is.EqualTo("12"), "the 9 came 3.5 s after the 2, past the 3 s inter-digit timeout");
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(3.5 + 3)));
        });
    }

    [Test]
    public async Task Terminator_ends_the_entry_at_once_and_is_not_part_of_it(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "12#");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 4, terminator: '#'), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Digits, Is.EqualTo("12"));
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(6)), "no wait for the inter-digit timeout after #");
        });
    }

    [Test]
    public async Task Terminator_alone_is_an_empty_entry_not_silence(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "#");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 4, terminator: '#'), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.Matched));
            Assert.That(outcome.Digits, Is.Empty);
        });
    }

    [Test]
    public async Task Entry_ends_at_MaxDigits_without_waiting(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "1234");

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 3), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Digits, Is.EqualTo("123"));
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(6)));
        });
    }

    [Test]
    public async Task A_complete_entry_ends_without_waiting_for_more_digits(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "*");
        var spec = Spec(TwoPrompts, maxDigits: 3) with { IsComplete = digits => digits == "*" };

        var outcome = await CreateSut(caller).CollectAsync(spec, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Digits, Is.EqualTo("*"));
            Assert.That(caller.Now, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public async Task Hangup_while_entering_digits_keeps_what_was_pressed(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "1").HangUpAt(6);

        var outcome = await CreateSut(caller).CollectAsync(Spec(TwoPrompts, maxDigits: 3), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CollectStatus.HungUp));
            Assert.That(outcome.HungUpDuringPrompts, Is.False);
            Assert.That(outcome.Digits, Is.EqualTo("1"));
        });
    }

    private static CollectSpec Spec(IReadOnlyList<string> prompts, int maxDigits, char? terminator = null) =>
        new(prompts, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), maxDigits, terminator);

    private static DigitCollector CreateSut(ScriptedCallLeg caller) => new(caller, caller.Time);
}
