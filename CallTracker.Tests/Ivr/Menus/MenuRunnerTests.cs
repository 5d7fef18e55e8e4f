using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

[CancelAfter(5_000)]
public sealed class MenuRunnerTests
{
    [Test]
    public async Task Caller_who_presses_an_option_is_routed_and_the_path_shows_each_step(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Route));
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Failure, Is.Null);
            Assert.That(result.HangUp, Is.Null);
            Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(result.Path, Is.EqualTo(new[]
            {
                new MenuStep(TimeSpan.Zero, MenuStepKind.Entered, "main"),
                new MenuStep(TimeSpan.Zero, MenuStepKind.PromptPlayed, "main", TestMenus.Greeting),
                new MenuStep(TimeSpan.FromSeconds(2), MenuStepKind.PromptPlayed, "main", TestMenus.MainPrompt),
                new MenuStep(TimeSpan.FromSeconds(5), MenuStepKind.Pressed, "main", "1"),
                new MenuStep(TimeSpan.FromSeconds(5), MenuStepKind.Left, "main", "Route sales"),
            }));
        });
    }

    [Test]
    public async Task Digit_pressed_during_the_prompt_is_taken_as_input(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "9");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Voicemail));
            Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(result.Path.Select(s => s.Kind), Does.Contain(MenuStepKind.PromptInterrupted));
        });
    }

    [Test]
    public async Task Digit_pressed_during_the_greeting_skips_the_prompt(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(1, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(caller.Played, Is.EqualTo(new[] { TestMenus.Greeting }));
        });
    }

    [Test]
    public async Task Repeat_plays_the_prompt_again_without_counting_a_failure(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "0").Press(10, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(caller.Played, Is.EqualTo(new[] { TestMenus.Greeting, TestMenus.MainPrompt, TestMenus.MainPrompt }));
            Assert.That(result.Path.Select(s => s.Kind), Does.Contain(MenuStepKind.Repeated));
            Assert.That(result.NoInputs + result.InvalidInputs, Is.Zero);
        });
    }

    [Test]
    public async Task A_prompt_that_cannot_be_played_is_in_the_path_and_the_menu_still_works(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Missing(TestMenus.MainPrompt).Press(3, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(2), MenuStepKind.PromptFailed, "main", TestMenus.MainPrompt)));
        });
    }

    [Test]
    public async Task A_key_already_buffered_when_a_menu_starts_is_not_taken_as_its_input(CancellationToken cancellationToken)
    {
        // "2" and "1" arrive together: "2" opens support, and the "1" was pressed before support said anything.
        var caller = new ScriptedCallLeg().Press(3, "21", gapSeconds: 0);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Voicemail), "support's fallback, not its option 1");
            Assert.That(result.Failure, Is.EqualTo(MenuFailure.NoInput));
        });
    }

    [Test]
    public async Task Keys_buffered_with_a_wrong_one_are_not_taken_as_the_next_attempt(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(3, "77", gapSeconds: 0).Press(10, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.InvalidInputs, Is.EqualTo(1), "the second 7 came with the first, before the caller heard it was wrong");
        });
    }

    [Test]
    public void Starting_from_an_unknown_menu_is_refused()
    {
        var caller = new ScriptedCallLeg();

        Assert.ThrowsAsync<ArgumentException>(() => CreateSut(caller).RunAsync(caller, "nowhere", CancellationToken.None));
    }

    private static MenuRunner CreateSut(ScriptedCallLeg caller, IvrOptions? options = null) => TestMenus.CreateRunner(caller, options);
}
