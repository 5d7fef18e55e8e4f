using CallTracker.Ivr.Tagging;
using static CallTracker.Tests.Ivr.Tagging.TestTagging;

namespace CallTracker.Tests.Ivr.Tagging;

[CancelAfter(5_000)]
public sealed class TaggingMenuAnotherTests
{
    // First tag: "1#" at 3, "5000#" from 6 to 8, read-back 8-16, "1" at 17; saved 17-19, another 19-21; "1" at 22 for another.
    private static ScriptedCallLeg FirstTagThenAnother() =>
        new ScriptedCallLeg().Press(3, "1#").Press(6, "5000#").Press(17, "1").Press(22, "1");

    [Test]
    public async Task Pressing_1_after_a_tag_adds_a_second_tag_to_the_call(CancellationToken cancellationToken)
    {
        // Second tag: code 22-24, "3#" at 25; value 25.5-27.5, "#" at 28; read-back 28-36; "1" at 37; saved, another 39-41; "2" at 42.
        var manager = FirstTagThenAnother().Press(25, "3#").Press(28, "#").Press(37, "1").Press(42, "2");
        var start = manager.Time.GetUtcNow();

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Is.EqualTo(new[]
            {
                new TagEntry("1", "Sale", 5000, ValueDefaulted: false, start.AddSeconds(17)),
                new TagEntry("3", "Spam", 0, ValueDefaulted: true, start.AddSeconds(37)),
            }));
            Assert.That(result.ManagerHungUp, Is.False);
            Assert.That(manager.Played.Count(p => p == Another), Is.EqualTo(2));
            Assert.That(manager.Played[^1], Is.EqualTo(Goodbye));
        });
    }

    [Test]
    public async Task Hanging_up_in_the_second_tag_keeps_the_first(CancellationToken cancellationToken)
    {
        var manager = FirstTagThenAnother().Press(25, "3").HangUpAt(26);

        var result = await CreateSut(manager).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags.Select(t => t.Code), Is.EqualTo(new[] { "1" }));
            Assert.That(result.ManagerHungUp, Is.True);
        });
    }

    [Test]
    public async Task Without_AllowAnother_the_menu_says_goodbye_after_one_tag(CancellationToken cancellationToken)
    {
        var manager = FirstTagThenAnother();
        var options = TestTagging.Create();
        options.AllowAnother = false;

        var result = await CreateSut(manager, options).RunAsync(manager, NoStore, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tags, Has.Count.EqualTo(1));
            Assert.That(manager.Played, Does.Not.Contain(Another));
            Assert.That(manager.Played[^2..], Is.EqualTo(new[] { Saved, Goodbye }));
        });
    }

    private static TaggingMenu CreateSut(ScriptedCallLeg manager, TaggingOptions? options = null) => CreateMenu(manager, options);
}
