using Microsoft.Extensions.Logging;

namespace CallTracker.Ivr.Menus;

internal sealed partial class MenuSession
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Menu {MenuId}: prompt {Media} could not be played; is the sound file missing?")]
    private static partial void LogPromptFailed(ILogger logger, string menuId, string media);
}
