using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

[CancelAfter(5_000)]
public sealed class MenuRunnerNavigationTests
{
    [Test]
    public async Task Option_in_a_submenu_routes_the_caller(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "2").Press(8, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Route));
            Assert.That(result.Target, Is.EqualTo("support"));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(5), MenuStepKind.Entered, "support")));
        });
    }

    [Test]
    public async Task Back_returns_to_the_previous_menu_without_its_greeting(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "2").Press(8, "*").Press(11, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"), "main's option 1, not support's");
            Assert.That(caller.Played, Is.EqualTo(new[] { TestMenus.Greeting, TestMenus.MainPrompt, TestMenus.SupportPrompt, TestMenus.MainPrompt }));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(8), MenuStepKind.Returned, "main")));
        });
    }

    [Test]
    public async Task Back_in_the_first_menu_replays_its_prompt(CancellationToken cancellationToken)
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["*"] = TestMenus.Choice("Back");
        var caller = new ScriptedCallLeg().Press(5, "*").Press(8, "1");

        var result = await CreateSut(caller, options).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(caller.Played, Is.EqualTo(new[] { TestMenus.Greeting, TestMenus.MainPrompt, TestMenus.MainPrompt }));
        });
    }

    [Test]
    public async Task Retries_run_out_per_visit_of_a_menu(CancellationToken cancellationToken)
    {
        // One silent attempt in support (Retries 1 allows two), back to main, into support again: two more silent attempts.
        var caller = new ScriptedCallLeg().Press(5, "2").Press(13, "*").Press(16, "2");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Voicemail));
            Assert.That(result.NoInputs, Is.EqualTo(3));
            Assert.That(result.Path.Count(s => s.Kind == MenuStepKind.Entered && s.MenuId == "support"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Keys_buffered_with_Repeat_are_not_taken_as_input(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "01", gapSeconds: 0).Press(6, "9");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.That(result.Exit, Is.EqualTo(MenuExit.Voicemail), "the 1 came with the 0, before the prompt was repeated");
    }

    [Test]
    public async Task Hang_up_in_a_submenus_greeting_is_not_HungUpInGreeting(CancellationToken cancellationToken)
    {
        var options = TestMenus.Create();
        options.Menus["support"].Greeting = ["sound:custom/support-welcome"];
        var caller = new ScriptedCallLeg().Press(5, "2").HangUpAt(6);

        var result = await CreateSut(caller, options).RunAsync(caller, "main", cancellationToken);

        Assert.That(result.HangUp, Is.EqualTo(new MenuHangUp(HangUpPoint.WhileChoosing, "support", TimeSpan.FromSeconds(1))));
    }

    private static MenuRunner CreateSut(ScriptedCallLeg caller, IvrOptions? options = null) => TestMenus.CreateRunner(caller, options);
}
