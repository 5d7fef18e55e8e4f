using CallTracker.Ivr;
using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CallTracker.Tests.Ivr;

public sealed class IvrServiceCollectionExtensionsTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Ivr", "menus.sample.json");

    // Checked against the file lists of Debian's asterisk-core-sounds-en-gsm and asterisk-core-sounds-ru-gsm 1.6.1.
    private static readonly string[] CoreSounds =
    [
        "basic-pbx-ivr-main", "dir-instr", "pm-invalid-option", "please-try-again", "vm-intro", "vm-msgsaved", "vm-goodbye",
        "number", "astcc-followed-by-the-pound-key", "beep", "you-entered", "if-correct-press", "auth-thankyou", "vm-press",
    ];

    [Test]
    public void The_sample_menus_json_binds_and_passes_validation_on_stock_core_sounds()
    {
        using var services = CreateSut(new ConfigurationBuilder().AddJsonFile(SamplePath).Build());

        var options = services.GetRequiredService<IOptions<IvrOptions>>().Value;
        var voicemail = services.GetRequiredService<IOptions<VoicemailOptions>>().Value;
        var tagging = services.GetRequiredService<IOptions<TaggingOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.Menus.Keys, Is.EquivalentTo(new[] { "main", "support" }));
            Assert.That(options.Menus.ContainsKey("Support"), Is.True, "menu ids are case-insensitive, as configuration keys are");
            Assert.That(options.Menus["main"].Options.Keys, Is.EquivalentTo(new[] { "1", "2", "3", "0", "*" }));
            Assert.That(options.Menus["main"].Prompt, Is.EqualTo(new[] { "sound:basic-pbx-ivr-main" }), "bound lists replace, not extend, defaults");
            Assert.That(voicemail.Prompt, Is.EqualTo(new[] { "sound:vm-intro" }));
            Assert.That(services.GetService<MenuRunner>(), Is.Not.Null);
            Assert.That(services.GetService<VoicemailTaker>(), Is.Not.Null);
            Assert.That(tagging.Enabled, Is.True);
            Assert.That(tagging.Categories.Select(c => (c.Code, c.Name, c.DefaultValue)), Is.EqualTo(new[] { ("1", "Sale", 0L), ("2", "Consultation", 0L), ("3", "Spam", 0L) }));
            Assert.That(tagging.ConfirmPrompt, Is.EqualTo(new[] { "sound:if-correct-press", "digits:1" }));
            Assert.That(services.GetRequiredService<TaggingMenu>().Enabled, Is.True);
        });
    }

    [Test]
    public void Invalid_menus_fail_with_every_problem_listed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ivr:Menus:main:Prompt:0"] = "sound:custom/nope",
            ["Ivr:Menus:main:Options:1:Action"] = "Route",
            ["Ivr:Menus:main:Options:1:Target"] = "nowhere",
        }).Build();
        using var services = CreateSut(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<IvrOptions>>().Value);

        Assert.That(error!.Failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:main:Prompt[0] 'sound:custom/nope' is missing: no such sound in language 'en'.",
            "menus.json: Ivr:Menus:main:Options:1:Target 'nowhere' is not a route in routing.json.",
            "menus.json: Ivr:Menus:main:Fallback is missing; it says where callers go when retries run out (Route, Menu or Voicemail).",
        }));
    }

    [Test]
    public void Tagging_problems_are_listed_with_the_menus_at_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ivr:Menus:main:Prompt:0"] = "sound:custom/nope",
            ["Ivr:Menus:main:Options:1:Action"] = "Route",
            ["Ivr:Menus:main:Options:1:Target"] = "sales",
            ["Ivr:Menus:main:Fallback:Action"] = "Route",
            ["Ivr:Menus:main:Fallback:Target"] = "sales",
            ["Ivr:Tagging:Enabled"] = "true",
            ["Ivr:Tagging:MaxAttempts"] = "0",
        }).Build();
        using var services = CreateSut(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<IvrOptions>>().Value);

        Assert.That(error!.Failures, Is.EquivalentTo(new[]
        {
            "menus.json: Ivr:Menus:main:Prompt[0] 'sound:custom/nope' is missing: no such sound in language 'en'.",
            "menus.json: Ivr:Tagging:Categories is empty while Enabled is true; managers would have no code to enter.",
            "menus.json: Ivr:Tagging:MaxAttempts 0 is out of range (1 to 10).",
        }));
    }

    private static ServiceProvider CreateSut(IConfiguration configuration)
    {
        var routes = new Mock<IKnownRoutes>();
        routes.Setup(r => r.Contains("sales")).Returns(true);
        var catalog = new Mock<IPromptCatalog>();
        catalog.Setup(c => c.Exists(It.IsAny<string>(), "en")).Returns((string media, string _) => CoreSounds.Contains(media["sound:".Length..]));
        return new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(routes.Object)
            .AddSingleton(catalog.Object)
            .AddSingleton(Mock.Of<IExtensionDirectory>())
            .AddCallTrackerIvr(configuration)
            .BuildServiceProvider();
    }
}
