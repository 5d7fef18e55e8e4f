using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;

namespace CallTracker.Ivr.Tagging;

/// <summary>One manager's way through the tagging menu: what <see cref="TaggingMenu"/> keeps per call.</summary>
internal sealed partial class TaggingSession
{
    private const string MenuId = TaggingMenu.MenuId;
    private const char Terminator = '#';

    private readonly TaggingOptions options;
    private readonly ICallLeg leg;
    private readonly Func<TagEntry, CancellationToken, Task> confirmed;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly DigitCollector collector;
    private readonly MenuPath path;
    private readonly List<TagEntry> tags = [];

    // Code entries for the tag in progress; a rejected read-back sends the manager back to the code without resetting it,
    // so a manager who never confirms still leaves the menu.
    private int codeAttempts;
    private bool hungUp;

    public TaggingSession(TaggingOptions options, ICallLeg leg, Func<TagEntry, CancellationToken, Task> confirmed, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.leg = leg;
        this.confirmed = confirmed;
        this.time = time;
        this.logger = logger;
        collector = new DigitCollector(leg, time);
        path = new MenuPath(time);
    }

    public async Task<TaggingResult> RunAsync(CancellationToken cancellationToken)
    {
        path.Add(MenuStepKind.Entered, MenuId);
        while (await TakeTagAsync(cancellationToken) is { } tag)
        {
            tags.Add(tag);
            path.Add(MenuStepKind.Tagged, MenuId, $"{tag.Code} {tag.Value}");
            await confirmed(tag, cancellationToken);
            var saved = await collector.PlayPromptsAsync(options.SavedPrompt, cancellationToken);
            Record(saved);
            if (saved.Status == PromptsStatus.HungUp)
            {
                HangUp("");
                return Result();
            }

            if (!options.AllowAnother || !await WantsAnotherAsync(cancellationToken))
            {
                break;
            }
        }

        return hungUp ? Result() : await FinishAsync(cancellationToken);
    }

    /// <returns>The confirmed tag, or null when the manager hung up or ran out of attempts.</returns>
    private async Task<TagEntry?> TakeTagAsync(CancellationToken cancellationToken)
    {
        codeAttempts = 0;
        while (await AskCodeAsync(cancellationToken) is { } category)
        {
            if (await AskValueAsync(category, cancellationToken) is not { } value)
            {
                return null;
            }

            switch (await ConfirmAsync(category, value.Amount, cancellationToken))
            {
                case null:
                    return null;
                case true:
                    return new TagEntry(category.Code, category.Name, value.Amount, value.Defaulted, time.GetUtcNow());
            }
        }

        return null;
    }

    private async Task<TagCategory?> AskCodeAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> feedback = [];

        // Stays InvalidInput when a rejected read-back used the last attempt before this question was asked again.
        var failure = MenuFailure.InvalidInput;
        while (codeAttempts++ < options.MaxAttempts)
        {
            var first = TimeSpan.FromSeconds(options.CodeTimeoutSeconds);

            // One digit more than the longest code, so the '#' after a longest code ends this entry instead of answering the next question.
            var entry = await CollectAsync([.. feedback, .. options.CodePrompt], first, TaggingMenu.MaxCodeDigits + 1, cancellationToken);
            switch (entry.Status)
            {
                case CollectStatus.HungUp:
                    HangUp(entry.Digits);
                    return null;
                case CollectStatus.NoInput:
                    path.Add(MenuStepKind.NoInput, MenuId);
                    (feedback, failure) = (options.NoInputPrompt, MenuFailure.NoInput);
                    break;
                case CollectStatus.Matched when options.Categories.Find(c => c.Code == entry.Digits) is { } category:
                    path.Add(MenuStepKind.Pressed, MenuId, entry.Digits);
                    return category;
                default:
                    path.Add(MenuStepKind.InvalidInput, MenuId, entry.Digits);
                    (feedback, failure) = (options.InvalidPrompt, MenuFailure.InvalidInput);
                    break;
            }
        }

        GiveUp(failure);
        return null;
    }

    private async Task<TaggingResult> FinishAsync(CancellationToken cancellationToken)
    {
        var goodbye = await collector.PlayPromptsAsync(options.GoodbyePrompt, cancellationToken);
        Record(goodbye);
        if (goodbye.Status == PromptsStatus.HungUp)
        {
            HangUp("");
            return Result();
        }

        path.Add(MenuStepKind.Left, MenuId, $"{tags.Count} tagged");
        return Result();
    }

    private TaggingResult Result() => new([.. tags], hungUp, [.. path.Steps]);
}
