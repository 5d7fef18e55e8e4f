using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

public sealed class MenuOptionsValidatorExitTests
{
    [Test]
    public void A_loop_of_menus_with_no_way_out_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["a"] = Menu(("1", TestMenus.Choice("Menu", "b")), fallback: TestMenus.Choice("Menu", "b"));
        options.Menus["b"] = Menu(("1", TestMenus.Choice("Menu", "a")), fallback: TestMenus.Choice("Menu", "a"));
        options.Menus["b"].Options["2"] = TestMenus.Choice("Repeat");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:a never leads out of the menus: no option or fallback, here or in the menus it leads to (b), reaches a Route, Voicemail or ExtensionDigits.",
            "menus.json: Ivr:Menus:b never leads out of the menus: no option or fallback, here or in the menus it leads to (a), reaches a Route, Voicemail or ExtensionDigits.",
            "menus.json: Ivr:Menus:a:Fallback goes round in a circle (a → b → a); a caller who presses nothing would never leave the menus.",
        }));
    }

    [Test]
    public void A_menu_whose_way_out_is_another_menu_passes()
    {
        var options = TestMenus.Create();
        options.Menus["a"] = Menu(("1", TestMenus.Choice("Menu", "main")), fallback: TestMenus.Choice("Menu", "main"));

        Assert.That(CreateSut().Validate(options), Is.Empty);
    }

    [Test]
    public void A_menu_whose_only_way_out_is_Back_is_not_called_a_dead_end()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["5"] = TestMenus.Choice("Menu", "info");
        options.Menus["info"] = Menu(("*", TestMenus.Choice("Back")), fallback: TestMenus.Choice("Menu", "more"));
        options.Menus["more"] = Menu(("*", TestMenus.Choice("Back")), fallback: TestMenus.Choice("Menu", "info"));

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[]
        {
            "menus.json: Ivr:Menus:info:Fallback goes round in a circle (info → more → info); a caller who presses nothing would never leave the menus.",
        }));
    }

    [Test]
    public void Fallbacks_that_go_round_in_a_circle_are_rejected_even_when_keys_lead_out()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Fallback = TestMenus.Choice("Menu", "support");
        options.Menus["support"].Fallback = TestMenus.Choice("Menu", "main");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[]
        {
            "menus.json: Ivr:Menus:main:Fallback goes round in a circle (main → support → main); a caller who presses nothing would never leave the menus.",
        }));
    }

    private static MenuOptions Menu((string Key, MenuChoiceOptions Choice) option, MenuChoiceOptions fallback) => new()
    {
        Prompt = ["sound:custom/info"],
        Options = new() { [option.Key] = option.Choice },
        Fallback = fallback,
    };

    private static MenuOptionsValidator CreateSut() => MenuOptionsValidatorTests.CreateSut();
}
