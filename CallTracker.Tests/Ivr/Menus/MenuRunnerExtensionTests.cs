using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

/// <summary>The "desk" menu: 3-digit extensions 101 and 102, option 1 (sales) and * (repeat); its 2 s prompt starts at 0.</summary>
[CancelAfter(5_000)]
public sealed class MenuRunnerExtensionTests
{
    [Test]
    public async Task Caller_who_dials_an_extension_gets_DialExtension(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(1, "101");

        var result = await CreateSut(caller).RunAsync(caller, "desk", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.DialExtension));
            Assert.That(result.Target, Is.EqualTo("101"));
            Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(2)), "the third digit completes it: no wait");
        });
    }

    [Test]
    public async Task A_lone_option_digit_takes_effect_after_the_inter_digit_timeout(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "1");

        var result = await CreateSut(caller).RunAsync(caller, "desk", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(3 + 3)));
        });
    }

    [Test]
    public async Task An_option_digit_followed_by_hash_takes_effect_at_once(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "1#");

        var result = await CreateSut(caller).RunAsync(caller, "desk", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(3.5)));
        });
    }

    [Test]
    public async Task Star_needs_no_wait_where_extensions_are_dialled(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "*").Press(6, "102");

        var result = await CreateSut(caller).RunAsync(caller, "desk", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("102"));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(3), MenuStepKind.Repeated, "desk")));
        });
    }

    [TestCase("555", "555", Description = "no such extension")]
    [TestCase("10", "10", Description = "too short")]
    [TestCase("#", "", Description = "only the terminator")]
    public async Task A_wrong_extension_is_invalid_input_and_the_caller_may_try_again(string pressed, string recorded, CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, pressed).Press(12, "101");

        var result = await CreateSut(caller).RunAsync(caller, "desk", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("101"));
            Assert.That(result.InvalidInputs, Is.EqualTo(1));
            Assert.That(result.Path.Single(s => s.Kind == MenuStepKind.InvalidInput).Detail, Is.EqualTo(recorded));
        });
    }

    private static MenuRunner CreateSut(ScriptedCallLeg caller, IvrOptions? options = null) => TestMenus.CreateRunner(caller, options);
}
