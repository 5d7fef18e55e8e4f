using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Callbacks;
using Microsoft.Extensions.Options;
using Moq;

namespace CallTracker.Tests.Pbx.Callbacks;

public sealed class CallbackOptionsValidatorTests
{
    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(CreateSut().Validate(null, new CallbackOptions()).Succeeded, Is.True);
    }

    [Test]
    public void Every_problem_is_listed_naming_file_and_key()
    {
        var options = new CallbackOptions
        {
            ManagerPrompt = "hello",
            ClientRingSeconds = 0,
            RetryMinutes = [5, -1],
            Limits = new CallbackLimitsOptions { RequestsPerPhonePerHour = 0, RequestsPerSitePerHour = 100 },
        };

        var result = CreateSut().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "appsettings.json: Callbacks:ManagerPrompt 'hello' is not media Asterisk can play; start it with sound:, digits:, number:, characters:, tone: or recording:, or leave it empty.",
            "appsettings.json: Callbacks:ClientRingSeconds 0 is out of range (1 to 300).",
            "appsettings.json: Callbacks:RetryMinutes[1] -1 is out of range (more than 0, at most 10080, a week).",
            "appsettings.json: Callbacks:Limits:RequestsPerPhonePerHour 0 is out of range (1 to 100).",
        }));
    }

    [Test]
    public void A_prompt_sound_Asterisk_does_not_have_is_named()
    {
        var result = CreateSut(soundExists: false).Validate(null, new CallbackOptions { ManagerPrompt = "sound:custom/callback" });

        Assert.That(result.Failures, Is.EqualTo(new[] { "appsettings.json: Callbacks:ManagerPrompt 'sound:custom/callback' is missing: no such sound in language 'ru'." }));
    }

    private static CallbackOptionsValidator CreateSut(bool soundExists = true)
    {
        var prompts = new Mock<IPromptCatalog>();
        prompts.Setup(p => p.Exists(It.IsAny<string>(), "ru")).Returns(soundExists);
        return new CallbackOptionsValidator(prompts.Object, Options.Create(new IvrOptions { Language = "ru" }));
    }
}
