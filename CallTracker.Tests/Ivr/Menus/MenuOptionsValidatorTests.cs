using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using Moq;

namespace CallTracker.Tests.Ivr.Menus;

public sealed class MenuOptionsValidatorTests
{
    [Test]
    public void Valid_menus_pass()
    {
        var result = CreateSut().Validate(null, TestMenus.Create());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Every_problem_is_listed_at_once_with_file_and_key()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options["2"].Target = "suport";
        options.Menus["main"].Options["1"].Target = "slaes";
        options.Menus["main"].Retries = 11;

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:main:Options:2:Target 'suport' is not a menu in Ivr:Menus.",
            "menus.json: Ivr:Menus:main:Options:1:Target 'slaes' is not a route in routing.json.",
            "menus.json: Ivr:Menus:main:Retries 11 is out of range (0 to 10).",
        }));
    }

    [TestCase(nameof(MenuOptions.FirstDigitTimeoutSeconds), 0, "1 to 60")]
    [TestCase(nameof(MenuOptions.FirstDigitTimeoutSeconds), 61, "1 to 60")]
    [TestCase(nameof(MenuOptions.InterDigitTimeoutSeconds), 0, "1 to 30")]
    [TestCase(nameof(MenuOptions.Retries), -1, "0 to 10")]
    [TestCase(nameof(MenuOptions.ExtensionDigits), 1, "2 to 10")]
    public void Timeouts_retries_and_extension_length_out_of_range_are_rejected(string setting, int value, string range)
    {
        var options = TestMenus.Create();
        typeof(MenuOptions).GetProperty(setting)!.SetValue(options.Menus["main"], value);

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { $"menus.json: Ivr:Menus:main:{setting} {value} is out of range ({range})." }));
    }

    [Test]
    public void A_key_used_twice_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options[" 1"] = TestMenus.Choice("Voicemail");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Menus:main:Options:' 1' is key '1' again; each key may have one action." }));
    }

    [TestCase("12")]
    [TestCase("a")]
    [TestCase(" 3")]
    [TestCase("")]
    public void A_key_that_is_not_one_DTMF_key_is_rejected(string key)
    {
        var options = TestMenus.Create();
        options.Menus["main"].Options[key] = TestMenus.Choice("Voicemail");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { $"menus.json: Ivr:Menus:main:Options:'{key}' is not one DTMF key (0-9, * or #)." }));
    }

    [Test]
    public void Hash_cannot_be_an_option_where_it_ends_extensions()
    {
        var options = TestMenus.Create();
        options.Menus["desk"].Options["#"] = TestMenus.Choice("Voicemail");
        options.Menus["main"].Options["#"] = TestMenus.Choice("Voicemail");

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[]
        {
            "menus.json: Ivr:Menus:desk:Options:# cannot be an option: '#' ends an extension in this menu (ExtensionDigits is set).",
        }));
    }

    [Test]
    public void An_option_digit_may_also_start_an_extension()
    {
        var options = TestMenus.Create();
        options.Menus["desk"].Options["0"] = TestMenus.Choice("Route", "sales");

        Assert.That(CreateSut().Validate(options), Is.Empty);
    }

    [Test]
    public void A_missing_sound_file_is_rejected_and_other_media_are_not_looked_up()
    {
        var options = TestMenus.Create();
        options.Menus["main"].Prompt = ["digits:123", "sound:custom/missing"];
        options.Menus["main"].InvalidPrompt = "sound:missing-too";

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:main:Prompt[1] 'sound:custom/missing' is missing: no such sound in language 'en'.",
            "menus.json: Ivr:Menus:main:InvalidPrompt 'sound:missing-too' is missing: no such sound in language 'en'.",
        }));
    }

    [TestCase("sond:custom/welcome")]
    [TestCase("custom/welcome")]
    [TestCase("sound:")]
    public void Media_Asterisk_cannot_play_is_rejected_because_it_would_never_finish(string media)
    {
        var options = TestMenus.Create();
        options.Menus["main"].Greeting = [media];

        var failures = CreateSut().Validate(options);

        Assert.That(failures.Single(), Does.StartWith($"menus.json: Ivr:Menus:main:Greeting[0] '{media}' is not media Asterisk can play"));
    }

    [Test]
    public void A_menu_without_prompt_or_fallback_is_rejected()
    {
        var options = TestMenus.Create();
        options.Menus["support"].Prompt = [];
        options.Menus["support"].Fallback = null;

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:support:Prompt is empty; callers must hear what to press.",
            "menus.json: Ivr:Menus:support:Fallback is missing; it says where callers go when retries run out (Route, Menu or Voicemail).",
        }));
    }

    internal static MenuOptionsValidator CreateSut()
    {
        var routes = new Mock<IKnownRoutes>();
        routes.Setup(r => r.Contains(It.IsIn("sales", "support"))).Returns(true);
        var catalog = new Mock<IPromptCatalog>();
        catalog.Setup(c => c.Exists(It.IsAny<string>(), "en")).Returns((string media, string _) => !media.Contains("missing", StringComparison.Ordinal));
        return new MenuOptionsValidator(routes.Object, catalog.Object);
    }
}
