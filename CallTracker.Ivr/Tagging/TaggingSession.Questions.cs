using System.Globalization;
using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;

namespace CallTracker.Ivr.Tagging;

internal sealed partial class TaggingSession
{
    private const string Yes = "1";

    // long.MaxValue has 19 digits; one more lets a longer entry end with its '#' and be refused as too large, not cut short.
    private const int MaxValueDigits = 20;

    /// <returns>The value typed, or the category's default after '#' alone or silence; null when the manager hung up or ran out of attempts.</returns>
    private async Task<TagValue?> AskValueAsync(TagCategory category, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> feedback = [];
        for (var attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            var first = TimeSpan.FromSeconds(options.ValueTimeoutSeconds);
            var entry = await CollectAsync([.. feedback, .. options.ValuePrompt], first, MaxValueDigits, cancellationToken);
            switch (entry.Status)
            {
                case CollectStatus.HungUp:
                    HangUp(entry.Digits);
                    return null;
                case CollectStatus.NoInput:
                    path.Add(MenuStepKind.NoInput, MenuId);
                    return new TagValue(category.DefaultValue, Defaulted: true);
                case CollectStatus.Matched when entry.Digits.Length == 0:
                    path.Add(MenuStepKind.Pressed, MenuId);
                    return new TagValue(category.DefaultValue, Defaulted: true);
                case CollectStatus.Matched when long.TryParse(entry.Digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount):
                    path.Add(MenuStepKind.Pressed, MenuId, entry.Digits);
                    return new TagValue(amount, Defaulted: false);
                default:
                    path.Add(MenuStepKind.InvalidInput, MenuId, entry.Digits);
                    feedback = options.InvalidPrompt;
                    break;
            }
        }

        GiveUp(MenuFailure.InvalidInput);
        return null;
    }

    /// <summary>Reads the code and value back; 1 confirms, any other key asks for the tag again.</summary>
    /// <returns>Whether the manager confirmed; null when the manager hung up or stayed silent through every attempt.</returns>
    private async Task<bool?> ConfirmAsync(TagCategory category, long value, CancellationToken cancellationToken)
    {
        string[] readBack = [.. options.ReadBackPrompt, $"digits:{category.Code}", $"number:{value}", .. options.ConfirmPrompt];
        IReadOnlyList<string> feedback = [];
        for (var attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            var entry = await CollectAsync([.. feedback, .. readBack], TimeSpan.FromSeconds(options.CodeTimeoutSeconds), 1, cancellationToken);
            switch (entry.Status)
            {
                case CollectStatus.HungUp:
                    HangUp(entry.Digits);
                    return null;
                case CollectStatus.NoInput:
                    path.Add(MenuStepKind.NoInput, MenuId);
                    feedback = options.NoInputPrompt;
                    break;
                default:
                    path.Add(MenuStepKind.Pressed, MenuId, entry.Digits);
                    return entry.Digits == Yes;
            }
        }

        GiveUp(MenuFailure.NoInput);
        return null;
    }

    /// <returns>True when the manager pressed 1 for another tag; false for anything else, silence or a hangup (which is recorded).</returns>
    private async Task<bool> WantsAnotherAsync(CancellationToken cancellationToken)
    {
        var entry = await CollectAsync(options.AnotherPrompt, TimeSpan.FromSeconds(options.CodeTimeoutSeconds), 1, cancellationToken);
        switch (entry.Status)
        {
            case CollectStatus.HungUp:
                HangUp(entry.Digits);
                return false;
            case CollectStatus.NoInput:
                path.Add(MenuStepKind.NoInput, MenuId);
                return false;
            default:
                path.Add(MenuStepKind.Pressed, MenuId, entry.Digits);
                return entry.Digits == Yes;
        }
    }

    /// <summary>Asks one question. Each starts clean: a key pressed before its prompt answered the one before.</summary>
    private async Task<CollectOutcome> CollectAsync(IReadOnlyList<string> prompts, TimeSpan firstDigitTimeout, int maxDigits, CancellationToken cancellationToken)
    {
        leg.DiscardBufferedDigits();
        var interDigit = TimeSpan.FromSeconds(options.InterDigitTimeoutSeconds);
        var terminator = maxDigits > 1 ? Terminator : (char?)null;
        var entry = await collector.CollectAsync(new CollectSpec(prompts, firstDigitTimeout, interDigit, maxDigits, terminator), cancellationToken);
        Record(entry.Prompts);
        return entry;
    }

    private readonly record struct TagValue(long Amount, bool Defaulted);
}
