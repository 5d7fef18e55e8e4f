using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using static CallTracker.Tests.Ivr.Tagging.TestTagging;

namespace CallTracker.Tests.Ivr.Tagging;

[CancelAfter(5_000)]
public sealed class TaggingMenuTests
{
    [Test]
    public async Task A_code_and_value_confirmed_with_1_make_one_tag_stamped_when_confirmed(CancellationToken cancellationToken)
    {
        // Code prompt 0-2, "1#" at 3; value prompt 3.5-5.5, "5000#" from 6 to 8; read-back 8-16; "1" at 17.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "5000#").Press(17, "1");
        var start = manager.Time.GetUtcNow();

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.EqualTo(new[] { new TagEntry("1", "Sale", 5000, ValueDefaulted: false, start.AddSeconds(17)) }));
            Assert.That(result.ManagerHungUp, Is.False);
            Assert.That(manager.Played, Is.EqualTo((string[])[Code, Value, .. ReadBackOf("1", 5000), Saved, Another, Goodbye]));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(17), MenuStepKind.Tagged, TaggingMenu.MenuId, "1 5000")));
            Assert.That(result.Path[^1].Kind, Is.EqualTo(MenuStepKind.Left));
        });
    }

    [Test]
    public async Task Each_tag_is_handed_over_the_moment_it_is_confirmed_before_the_menu_goes_on(CancellationToken cancellationToken)
    {
        // As above, then the manager hangs up during the "saved" prompt that follows the confirmation.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "5000#").Press(17, "1").HangUpAt(17.5);
        var handedOver = new List<(TagEntry Tag, int PlayedBefore)>();

        var result = await CreateSut(manager).RunAsync(
            manager,
            (tag, _) =>
            {
                handedOver.Add((tag, manager.Played.Count));
                return Task.CompletedTask;
            },
            cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(handedOver.Select(h => (h.Tag.Code, h.Tag.Value)), Is.EqualTo(new[] { ("1", 5000L) }));
            Assert.That(manager.Played.Take(handedOver[0].PlayedBefore), Does.Not.Contain(Saved), "handed over before the saved prompt");
            Assert.That(result.ManagerHungUp, Is.True);
        });
    }

    [Test]
    public async Task Hash_alone_for_the_value_takes_the_category_default(CancellationToken cancellationToken)
    {
        // "42#" from 3 to 4; value prompt 4-6, "#" at 7; read-back 7-15; "1" at 16.
        var manager = new ScriptedCallLeg().Press(3, "42#").Press(7, "#").Press(16, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => (t.Code, t.Name, t.Value, t.ValueDefaulted)), Is.EqualTo(new[] { ("42", "Big deal", 1000L, true) }));
            Assert.That(manager.Played, Does.Contain("number:1000"));
        });
    }

    [Test]
    public async Task Silence_at_the_value_takes_the_category_default(CancellationToken cancellationToken)
    {
        // "42#" from 3 to 4; value prompt 4-6, nothing until the 5 s timeout at 11; read-back 11-19; "1" at 20.
        var manager = new ScriptedCallLeg().Press(3, "42#").Press(20, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => (t.Value, t.ValueDefaulted)), Is.EqualTo(new[] { (1000L, true) }));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(11), MenuStepKind.NoInput, TaggingMenu.MenuId)));
        });
    }

    [Test]
    public async Task The_read_back_speaks_the_code_digit_by_digit_and_the_value_as_a_number(CancellationToken cancellationToken)
    {
        // "42#" from 3 to 4; value prompt 4-6, "1500#" from 7 to 9; read-back 9-17; "1" at 18.
        var manager = new ScriptedCallLeg().Press(3, "42#").Press(7, "1500#").Press(18, "1");

        await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.That(manager.Played.Skip(2).Take(4), Is.EqualTo(new[] { ReadBack, "digits:42", "number:1500", Confirm }));
    }

    [Test]
    public async Task The_hash_after_a_six_digit_code_ends_the_code_and_does_not_skip_the_value(CancellationToken cancellationToken)
    {
        // "123456#" from 3 to 6; value prompt 6-8, "15#" from 9 to 10; read-back 10-18; "1" at 19.
        var manager = new ScriptedCallLeg().Press(3, "123456#").Press(9, "15#").Press(19, "1");

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.That(result.Tags.Select(t => (t.Code, t.Value, t.ValueDefaulted)), Is.EqualTo(new[] { ("123456", 15L, false) }));
    }

    [Test]
    public async Task The_menu_does_nothing_when_disabled(CancellationToken cancellationToken)
    {
        var manager = new ScriptedCallLeg().Press(3, "1#");
        var options = TestTagging.Create();
        options.Enabled = false;

        var result = await CreateSut(manager, options).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(result.Path, Is.Empty);
            Assert.That(manager.Played, Is.Empty);
        });
    }

    private static TaggingMenu CreateSut(ScriptedCallLeg manager, TaggingOptions? options = null) => CreateMenu(manager, options);
}
