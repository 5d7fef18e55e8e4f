using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;

namespace CallTracker.Ivr.Tagging;

internal sealed partial class TaggingSession
{
    /// <summary>The manager hung up: the tag in progress is dropped, tags confirmed before it stand.</summary>
    private void HangUp(string digits)
    {
        hungUp = true;
        path.Add(MenuStepKind.HungUp, MenuId, digits);
    }

    /// <summary>Attempts ran out: the tag in progress is dropped and the menu ends.</summary>
    private void GiveUp(MenuFailure failure) => path.Add(MenuStepKind.FallbackTaken, MenuId, failure.ToString());

    private void Record(PromptsOutcome prompts)
    {
        path.AddPrompts(MenuId, prompts);
        foreach (var failed in prompts.Played.Where(p => p.Status == PlayStatus.Failed))
        {
            LogPromptFailed(logger, failed.Media);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tagging menu: prompt {Media} could not be played; is the sound file missing?")]
    private static partial void LogPromptFailed(ILogger logger, string media);
}
