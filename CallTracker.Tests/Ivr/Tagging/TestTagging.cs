using CallTracker.Ivr.Tagging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Ivr.Tagging;

/// <summary>
/// The tagging menu most tests run: codes 1 Sale, 2 Consultation, 3 Spam (default 0), 42 Big deal (default 1000) and
/// 123456 Long code (default 7); one prompt per question, each 2 s long on a <see cref="ScriptedCallLeg"/>.
/// Timeouts: code 10 s, value 5 s, between digits 5 s; three attempts; another tag offered.
/// </summary>
internal static class TestTagging
{
    public const string Code = "sound:custom/tag-code";
    public const string Value = "sound:custom/tag-value";
    public const string Invalid = "sound:pm-invalid-option";
    public const string NoInput = "sound:please-try-again";
    public const string ReadBack = "sound:you-entered";
    public const string Confirm = "sound:if-correct-press";
    public const string Saved = "sound:auth-thankyou";
    public const string Another = "sound:custom/tag-another";
    public const string Goodbye = "sound:vm-goodbye";

    public static TaggingOptions Create() => new()
    {
        Enabled = true,
        Categories =
        [
            Category("1", "Sale"),
            Category("2", "Consultation"),
            Category("3", "Spam"),
            Category("42", "Big deal", 1000),
            Category("123456", "Long code", 7),
        ],
        CodePrompt = [Code],
        ValuePrompt = [Value],
        InvalidPrompt = [Invalid],
        NoInputPrompt = [NoInput],
        ReadBackPrompt = [ReadBack],
        ConfirmPrompt = [Confirm],
        SavedPrompt = [Saved],
        AnotherPrompt = [Another],
        GoodbyePrompt = [Goodbye],
        CodeTimeoutSeconds = 10,
        ValueTimeoutSeconds = 5,
        InterDigitTimeoutSeconds = 5,
        MaxAttempts = 3,
        AllowAnother = true,
    };

    public static TagCategory Category(string code, string name, long defaultValue = 0) =>
        new() { Code = code, Name = name, DefaultValue = defaultValue };

    /// <summary>The read-back of one tag as played: the prompt, the code digit by digit, the value as a number, the confirm prompt.</summary>
    public static string[] ReadBackOf(string code, long value) => [ReadBack, $"digits:{code}", $"number:{value}", Confirm];

    /// <summary>A menu over <paramref name="manager"/>'s clock.</summary>
    /// <summary>For tests that read the tags from the result rather than as they are confirmed.</summary>
    public static Task NoStore(TagEntry tag, CancellationToken cancellationToken) => Task.CompletedTask;

    public static TaggingMenu CreateMenu(ScriptedCallLeg manager, TaggingOptions? options = null) =>
        new(Options.Create(options ?? Create()), manager.Time, NullLogger<TaggingMenu>.Instance);
}
