using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

public sealed class MenuOptionsValidatorChoiceTests
{
    [Test]
    public void An_unknown_action_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["3"] = TestMenus.Choice("Rout", "sales");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Menus:main:Options:3:Action 'Rout' is not one of Route, Menu, Voicemail, Repeat or Back." }));
    }

    [TestCase("Repeat")]
    [TestCase("Back")]
    public void A_fallback_that_keeps_the_caller_in_the_menu_is_rejected(string action)
    {
        var options = TestMenus.Create();
        options.Menus["main"].Fallback = TestMenus.Choice(action);

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { $"menus.json: Ivr:Menus:main:Fallback:Action '{action}' is not one of Route, Menu or Voicemail." }));
    }

    [Test]
    public void An_unknown_fallback_route_and_empty_targets_are_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Fallback = TestMenus.Choice("Route", "nowhere");
        options.Menus["main"].Options["1"] = TestMenus.Choice("Route");
        options.Menus["main"].Options["2"] = TestMenus.Choice("Menu");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:main:Fallback:Target 'nowhere' is not a route in routing.json.",
            "menus.json: Ivr:Menus:main:Options:1:Target is empty; Route needs the name of a route in routing.json.",
            "menus.json: Ivr:Menus:main:Options:2:Target is empty; Menu needs the id of a menu in Ivr:Menus.",
        }));
    }

    [Test]
    public void A_target_on_an_action_that_takes_none_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["9"] = TestMenus.Choice("Voicemail", "sales");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Menus:main:Options:9:Target 'sales' means nothing for Action Voicemail; remove it or change the action." }));
    }

    [Test]
    public void A_menu_with_nothing_to_press_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["support"].Options.Clear();

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Menus:support:Options is empty and ExtensionDigits is not set; callers have nothing to press." }));
    }

    [Test]
    public void Menu_ids_and_targets_match_without_regard_to_case_as_configuration_keys_do()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["2"] = TestMenus.Choice("menu", "Support");

        Assert.That(CreateSut().Validate(options), Is.Empty);
    }

    private static MenuOptionsValidator CreateSut() => MenuOptionsValidatorTests.CreateSut();
}
