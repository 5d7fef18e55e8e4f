using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using static CallTracker.Tests.Ivr.Tagging.TestTagging;

namespace CallTracker.Tests.Ivr.Tagging;

[CancelAfter(5_000)]
public sealed class TaggingMenuRetryTests
{
    [Test]
    public async Task An_unknown_code_is_asked_again_and_a_known_one_is_then_taken(CancellationToken cancellationToken)
    {
        // "9#" at 3; invalid 3.5-5.5, code 5.5-7.5; "2#" at 8; value 8.5-10.5, "#" at 11; read-back 11-19; "1" at 20.
        var manager = new ScriptedCallLeg().Press(3, "9#").Press(8, "2#").Press(11, "#").Press(20, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => t.Name), Is.EqualTo(new[] { "Consultation" }));
            Assert.That(manager.Played.Take(4), Is.EqualTo(new[] { Code, Invalid, Code, Value }));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(3.5), MenuStepKind.InvalidInput, TaggingMenu.MenuId, "9")));
        });
    }

    [Test]
    public async Task Unknown_codes_until_the_attempts_run_out_leave_no_tag_and_say_goodbye(CancellationToken cancellationToken)
    {
        // Three wrong codes: "9#" at 3, "8#" at 8, "#" alone at 13 (each after an invalid prompt and the code prompt).
        var manager = new ScriptedCallLeg().Press(3, "9#").Press(8, "8#").Press(13, "#");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(result.ManagerHungUp, Is.False);
            Assert.That(manager.Played, Is.EqualTo(new[] { Code, Invalid, Code, Invalid, Code, Goodbye }));
            Assert.That(result.Path.Select(s => s.Kind), Does.Contain(MenuStepKind.FallbackTaken));
            Assert.That(result.Path.Single(s => s.Kind == MenuStepKind.FallbackTaken).Detail, Is.EqualTo("InvalidInput"));
        });
    }

    [Test]
    public async Task Silence_at_the_code_is_asked_again_with_the_no_input_prompt(CancellationToken cancellationToken)
    {
        // Code 0-2, 10 s of silence to 12; no-input 12-14, code 14-16; "3#" at 17; value, "#" at 21; read-back 21-29; "1" at 30.
        var manager = new ScriptedCallLeg().Press(17, "3#").Press(21, "#").Press(30, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => t.Name), Is.EqualTo(new[] { "Spam" }));
            Assert.That(manager.Played.Take(3), Is.EqualTo(new[] { Code, NoInput, Code }));
        });
    }

    [Test]
    public async Task A_value_too_large_for_a_long_is_asked_again(CancellationToken cancellationToken)
    {
        // "1#" at 3; value 3.5-5.5; long.MaxValue + 1 and "#" from 6 to 15.5; invalid 15.5-17.5, value 17.5-19.5;
        // "42#" from 20 to 21; read-back 21-29; "1" at 30.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "9223372036854775808#").Press(20, "42#").Press(30, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => (t.Value, t.ValueDefaulted)), Is.EqualTo(new[] { (42L, false) }));
            Assert.That(manager.Played.Skip(2).Take(2), Is.EqualTo(new[] { Invalid, Value }));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(15.5), MenuStepKind.InvalidInput, TaggingMenu.MenuId, "9223372036854775808")));
        });
    }

    [Test]
    public async Task The_largest_long_is_a_valid_value(CancellationToken cancellationToken)
    {
        // "1#" at 3; value 3.5-5.5; long.MaxValue and "#" from 6 to 15.5; read-back 15.5-23.5; "1" at 24.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "9223372036854775807#").Press(24, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.That(result.Tags.Select(t => t.Value), Is.EqualTo(new[] { long.MaxValue }));
    }

    [Test]
    public async Task A_key_other_than_1_at_the_read_back_asks_for_the_tag_again(CancellationToken cancellationToken)
    {
        // "1#" at 3; value, "#" at 6; read-back 6-14; "2" at 15 rejects; code 15-17, "3#" at 18; value, "#" at 21; read-back 21-29; "1" at 30.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "#").Press(15, "2").Press(18, "3#").Press(21, "#").Press(30, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => t.Name), Is.EqualTo(new[] { "Spam" }));
            Assert.That(manager.Played.Count(p => p == Code), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Silence_at_every_read_back_drops_the_tag(CancellationToken cancellationToken)
    {
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "#");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(manager.Played.Count(p => p == ReadBack), Is.EqualTo(3));
            Assert.That(result.Path.Single(s => s.Kind == MenuStepKind.FallbackTaken).Detail, Is.EqualTo("NoInput"));
            Assert.That(manager.Played[^1], Is.EqualTo(Goodbye));
        });
    }

    private static TaggingMenu CreateSut(ScriptedCallLeg manager) => CreateMenu(manager);
}
