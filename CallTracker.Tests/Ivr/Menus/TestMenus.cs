using CallTracker.Ivr.Menus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CallTracker.Tests.Ivr.Menus;

/// <summary>
/// The menus most tests run: "main" (greeting, 1 sales, 2 support, 9 voicemail, 0 repeat; fallback sales),
/// "support" (1 route support, * back; fallback voicemail) and "desk" (3-digit extensions, 1 sales, * repeat).
/// </summary>
internal static class TestMenus
{
    public const string Greeting = "sound:custom/welcome";
    public const string MainPrompt = "sound:custom/main-menu";
    public const string SupportPrompt = "sound:custom/support-menu";
    public const string DeskPrompt = "sound:custom/desk-menu";
    public const string Invalid = "sound:pm-invalid-option";
    public const string NoInput = "sound:please-try-again";

    public static IvrOptions Create() => new()
    {
        Menus = new(StringComparer.OrdinalIgnoreCase)
        {
            ["main"] = new MenuOptions
            {
                Greeting = [Greeting],
                Prompt = [MainPrompt],
                Options = new()
                {
                    ["1"] = Choice("Route", "sales"),
                    ["2"] = Choice("Menu", "support"),
                    ["9"] = Choice("Voicemail"),
                    ["0"] = Choice("Repeat"),
                },
                Fallback = Choice("Route", "sales"),
            },
            ["support"] = new MenuOptions
            {
                Prompt = [SupportPrompt],
                Options = new() { ["1"] = Choice("Route", "support"), ["*"] = Choice("Back") },
                Retries = 1,
                Fallback = Choice("Voicemail"),
            },
            ["desk"] = new MenuOptions
            {
                Prompt = [DeskPrompt],
                Options = new() { ["1"] = Choice("Route", "sales"), ["*"] = Choice("Repeat") },
                ExtensionDigits = 3,
                Fallback = Choice("Route", "sales"),
            },
        },
    };

    public static MenuChoiceOptions Choice(string action, string target = "") => new() { Action = action, Target = target };

    /// <summary>A runner over <paramref name="caller"/>'s clock; extensions 101 and 102 exist.</summary>
    public static MenuRunner CreateRunner(ScriptedCallLeg caller, IvrOptions? options = null)
    {
        var extensions = new Mock<IExtensionDirectory>();
        extensions.Setup(d => d.Exists(It.IsIn("101", "102"))).Returns(true);
        return new MenuRunner(Options.Create(options ?? Create()), extensions.Object, caller.Time, NullLogger<MenuRunner>.Instance);
    }
}
