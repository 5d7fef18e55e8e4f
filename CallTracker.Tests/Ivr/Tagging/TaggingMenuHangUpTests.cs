using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using static CallTracker.Tests.Ivr.Tagging.TestTagging;

namespace CallTracker.Tests.Ivr.Tagging;

[CancelAfter(5_000)]
public sealed class TaggingMenuHangUpTests
{
    [Test]
    public async Task Hanging_up_while_entering_the_code_leaves_no_tag(CancellationToken cancellationToken)
    {
        var manager = new ScriptedCallLeg().Press(3, "1").HangUpAt(4);

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(result.ManagerHungUp, Is.True);
            Assert.That(result.Path[^1], Is.EqualTo(new MenuStep(TimeSpan.FromSeconds(4), MenuStepKind.HungUp, TaggingMenu.MenuId, "1")));
            Assert.That(manager.Played, Is.EqualTo(new[] { Code }), "nothing is played to a line that is gone");
        });
    }

    [Test]
    public async Task Hanging_up_while_entering_the_value_leaves_no_tag(CancellationToken cancellationToken)
    {
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "50").HangUpAt(7);

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(result.ManagerHungUp, Is.True);
            Assert.That(result.Path[^1].Detail, Is.EqualTo("50"));
        });
    }

    [Test]
    public async Task Hanging_up_during_the_read_back_leaves_no_tag_as_it_was_not_confirmed(CancellationToken cancellationToken)
    {
        // "1#" at 3; value, "#" at 6; read-back from 6; hang-up at 9.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "#").HangUpAt(9);

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.Empty);
            Assert.That(result.ManagerHungUp, Is.True);
            Assert.That(result.Path.Select(s => s.Kind), Does.Not.Contain(MenuStepKind.Tagged));
        });
    }

    [Test]
    public async Task Hanging_up_after_confirming_keeps_the_tag(CancellationToken cancellationToken)
    {
        // Confirmed at 17; hang-up at 18 during the saved prompt.
        var manager = new ScriptedCallLeg().Press(3, "1#").Press(6, "5000#").Press(17, "1").HangUpAt(18);

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => (t.Code, t.Value)), Is.EqualTo(new[] { ("1", 5000L) }));
            Assert.That(result.ManagerHungUp, Is.True);
            Assert.That(manager.Played, Does.Not.Contain(Goodbye));
        });
    }

    private static TaggingMenu CreateSut(ScriptedCallLeg manager) => CreateMenu(manager);
}
