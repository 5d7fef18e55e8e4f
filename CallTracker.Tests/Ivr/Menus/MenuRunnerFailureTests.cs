using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

[CancelAfter(5_000)]
public sealed class MenuRunnerFailureTests
{
    [Test]
    public async Task Caller_who_presses_nothing_gets_NoInput_then_fallback(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg();

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.Route));
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Failure, Is.EqualTo(MenuFailure.NoInput));
            Assert.That(result.NoInputs, Is.EqualTo(3), "the first attempt and two retries");
            Assert.That(caller.Played, Is.EqualTo(new[]
            {
                TestMenus.Greeting, TestMenus.MainPrompt, TestMenus.NoInput, TestMenus.MainPrompt, TestMenus.NoInput, TestMenus.MainPrompt,
            }));

            // 2 s greeting + 2 s prompt + 5 s wait, then twice (2 s + 2 s + 5 s).
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(27), MenuStepKind.FallbackTaken, "main", "NoInput")));
        });
    }

    [Test]
    public async Task Invalid_digit_then_valid_one_routes_without_a_failure_but_counts_it(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "7").Press(10, "1");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo("sales"));
            Assert.That(result.Failure, Is.Null);
            Assert.That(result.InvalidInputs, Is.EqualTo(1));
            Assert.That(caller.Played, Is.EqualTo(new[] { TestMenus.Greeting, TestMenus.MainPrompt, TestMenus.Invalid, TestMenus.MainPrompt }));
            Assert.That(result.Path, Has.Some.EqualTo(new MenuStep(TimeSpan.FromSeconds(5), MenuStepKind.InvalidInput, "main", "7")));
        });
    }

    [Test]
    public async Task Invalid_input_then_silence_falls_back_as_InvalidInput(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "7");

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failure, Is.EqualTo(MenuFailure.InvalidInput));
            Assert.That(result.InvalidInputs, Is.EqualTo(1));
            Assert.That(result.NoInputs, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Invalid_input_then_hang_up_is_AfterInvalidInput(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "7").HangUpAt(6);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(MenuExit.HungUp));
            Assert.That(result.HangUp, Is.EqualTo(new MenuHangUp(HangUpPoint.AfterInvalidInput, "main", TimeSpan.FromSeconds(6))));
            Assert.That(result.Failure, Is.Null);
        });
    }

    [Test]
    public async Task No_input_then_hang_up_is_AfterNoInput(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().HangUpAt(12);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.HangUp?.Point, Is.EqualTo(HangUpPoint.AfterNoInput));
            Assert.That(result.NoInputs, Is.EqualTo(1));
            Assert.That(result.Path[^1], Is.EqualTo(new MenuStep(TimeSpan.FromSeconds(12), MenuStepKind.HungUp, "main")));
        });
    }

    [Test]
    public async Task Hang_up_during_the_greeting_reports_how_much_was_heard(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().PromptLasts(TestMenus.Greeting, 10).HangUpAt(3.5);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.That(result.HangUp, Is.EqualTo(new MenuHangUp(HangUpPoint.InGreeting, "main", TimeSpan.FromSeconds(3.5))));
    }

    [Test]
    public async Task Hang_up_during_the_prompt_with_nothing_pending_is_WhileChoosing(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().HangUpAt(3);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.That(result.HangUp?.Point, Is.EqualTo(HangUpPoint.WhileChoosing));
    }

    [Test]
    public async Task A_valid_choice_clears_earlier_failures_from_the_hang_up_point_but_not_from_the_counts(CancellationToken cancellationToken)
    {
        var caller = new ScriptedCallLeg().Press(5, "7").Press(10, "2").HangUpAt(11);

        var result = await CreateSut(caller).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.HangUp, Is.EqualTo(new MenuHangUp(HangUpPoint.WhileChoosing, "support", TimeSpan.FromSeconds(1))));
            Assert.That(result.InvalidInputs, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_fallback_into_another_menu_carries_the_failure_there(CancellationToken cancellationToken)
    {
        var options = TestMenus.Create();
        options.Menus["main"].Fallback = TestMenus.Choice("Menu", "support");
        var caller = new ScriptedCallLeg().HangUpAt(28);

        var result = await CreateSut(caller, options).RunAsync(caller, "main", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.HangUp?.Point, Is.EqualTo(HangUpPoint.AfterNoInput));
            Assert.That(result.HangUp?.MenuId, Is.EqualTo("support"));
            Assert.That(result.Path.Select(s => s.Kind), Does.Contain(MenuStepKind.FallbackTaken));
        });
    }

    private static MenuRunner CreateSut(ScriptedCallLeg caller, IvrOptions? options = null) => TestMenus.CreateRunner(caller, options);
}
