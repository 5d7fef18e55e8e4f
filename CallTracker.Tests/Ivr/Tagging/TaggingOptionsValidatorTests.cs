using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using CallTracker.Ivr.Tagging;
using Moq;

namespace CallTracker.Tests.Ivr.Tagging;

public sealed class TaggingOptionsValidatorTests
{
    [Test]
    public void Valid_tagging_passes()
    {
        var result = CreateSut().Validate(null, Options(TestTagging.Create()));

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Every_category_problem_is_listed_at_once_with_file_and_key()
    {
        var tagging = TestTagging.Create();
        tagging.Categories =
        [
            TestTagging.Category("1", "Sale"),
            TestTagging.Category("1", "Sale again"),
            TestTagging.Category("2", " "),
            TestTagging.Category("3", "Refund", -5),
        ];

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Tagging:Categories:1:Code '1' is already the code of Categories:0; each code names one category.",
            "menus.json: Ivr:Tagging:Categories:2:Name is empty; reports show it for the tag.",
            "menus.json: Ivr:Tagging:Categories:3:DefaultValue -5 is negative; a keypad can only enter 0 or more.",
        }));
    }

    [TestCase("")]
    [TestCase("1234567")]
    [TestCase("12a")]
    [TestCase(" 1")]
    [TestCase("*1")]
    [TestCase("１")]
    public void A_code_that_is_not_1_to_6_ascii_digits_is_rejected(string code)
    {
        var tagging = TestTagging.Create();
        tagging.Categories = [TestTagging.Category(code, "Sale")];

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EqualTo(new[] { $"menus.json: Ivr:Tagging:Categories:0:Code '{code}' is not 1 to 6 digits (0-9)." }));
    }

    [TestCase(nameof(TaggingOptions.CodeTimeoutSeconds), 0, "1 to 60")]
    [TestCase(nameof(TaggingOptions.CodeTimeoutSeconds), 61, "1 to 60")]
    [TestCase(nameof(TaggingOptions.ValueTimeoutSeconds), 0, "1 to 60")]
    [TestCase(nameof(TaggingOptions.ValueTimeoutSeconds), 61, "1 to 60")]
    [TestCase(nameof(TaggingOptions.InterDigitTimeoutSeconds), 0, "1 to 30")]
    [TestCase(nameof(TaggingOptions.InterDigitTimeoutSeconds), 31, "1 to 30")]
    [TestCase(nameof(TaggingOptions.MaxAttempts), 0, "1 to 10")]
    [TestCase(nameof(TaggingOptions.MaxAttempts), 11, "1 to 10")]
    public void Timeouts_and_attempts_out_of_range_are_rejected(string setting, int value, string range)
    {
        var tagging = TestTagging.Create();
        typeof(TaggingOptions).GetProperty(setting)!.SetValue(tagging, value);

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EqualTo(new[] { $"menus.json: Ivr:Tagging:{setting} {value} is out of range ({range})." }));
    }

    [Test]
    public void Enabled_with_no_categories_is_rejected()
    {
        var tagging = TestTagging.Create();
        tagging.Categories = [];

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Tagging:Categories is empty while Enabled is true; managers would have no code to enter." }));
    }

    [Test]
    public void Disabled_with_no_categories_passes_as_the_default_section_does()
    {
        var failures = CreateSut().Validate(new IvrOptions());

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Prompts_with_an_unknown_scheme_a_missing_sound_or_an_empty_entry_are_rejected()
    {
        var tagging = TestTagging.Create();
        tagging.CodePrompt = ["custom/tag-code"];
        tagging.ConfirmPrompt = ["sound:missing-confirm", "digits:1"];
        tagging.GoodbyePrompt = [""];

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Tagging:CodePrompt[0] 'custom/tag-code' is not media Asterisk can play; start it with sound:, digits:, number:, characters:, tone: or recording:.",
            "menus.json: Ivr:Tagging:ConfirmPrompt[0] 'sound:missing-confirm' is missing: no such sound in language 'en'.",
            "menus.json: Ivr:Tagging:GoodbyePrompt[0] is empty; remove it or name a sound.",
        }));
    }

    [Test]
    public void A_disabled_menu_is_still_checked_so_switching_it_on_reveals_nothing_new()
    {
        var tagging = TestTagging.Create();
        tagging.Enabled = false;
        tagging.ValuePrompt = ["sound:missing-value"];

        var failures = CreateSut().Validate(Options(tagging));

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Tagging:ValuePrompt[0] 'sound:missing-value' is missing: no such sound in language 'en'." }));
    }

    private static IvrOptions Options(TaggingOptions tagging) => new() { Tagging = tagging };

    private static TaggingOptionsValidator CreateSut()
    {
        var catalog = new Mock<IPromptCatalog>();
        catalog.Setup(c => c.Exists(It.IsAny<string>(), "en")).Returns((string media, string _) => !media.Contains("missing", StringComparison.Ordinal));
        return new TaggingOptionsValidator(catalog.Object);
    }
}
