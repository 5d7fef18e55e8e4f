using CallTracker.Ivr.Menus;

namespace CallTracker.Tests.Ivr.Menus;

public sealed class MenuOptionsValidatorVoicemailTests
{
    [Test]
    public void Voicemail_settings_are_checked_with_the_menus()
    {
        var options = TestMenus.Create();
        options.Voicemail.Prompt = ["sound:missing-intro"];
        options.Voicemail.AfterRecording = [""];
        options.Voicemail.Format = "mp3";
        options.Voicemail.MaxDurationSeconds = 4;
        options.Voicemail.MaxSilenceSeconds = 61;
        options.Voicemail.MinDurationSeconds = 5;

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Voicemail:Prompt[0] 'sound:missing-intro' is missing: no such sound in language 'en'.",
            "menus.json: Ivr:Voicemail:AfterRecording[0] is empty; remove it or name a sound.",
            "menus.json: Ivr:Voicemail:Format 'mp3' is not one of wav, wav49, gsm, ulaw, alaw, sln, g722.",
            "menus.json: Ivr:Voicemail:MaxDurationSeconds 4 is out of range (5 to 3600).",
            "menus.json: Ivr:Voicemail:MaxSilenceSeconds 61 is out of range (0 to 60).",
            "menus.json: Ivr:Voicemail:MinDurationSeconds 5 is out of range (0 to 4).",
        }));
    }

    [Test]
    public void An_empty_language_is_rejected()
    {
        var options = TestMenus.Create();
        options.Language = " ";
        options.Menus.Clear();

        var failures = CreateSut().Validate(options);

        Assert.That(failures, Is.EqualTo(new[] { "menus.json: Ivr:Language is empty; it names the sounds folder, e.g. en or ru." }));
    }

    private static MenuOptionsValidator CreateSut() => MenuOptionsValidatorTests.CreateSut();
}
