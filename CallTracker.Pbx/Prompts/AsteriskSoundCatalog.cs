using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Prompts;

/// <summary>
/// Finds "sound:" prompts the way Asterisk does: sounds/&lt;language&gt;/&lt;name&gt;.* first, then sounds/&lt;name&gt;.*, any format.
/// When the folder is not on this machine (CallTracker runs on another host), prompts cannot be checked and all pass.
/// </summary>
public sealed partial class AsteriskSoundCatalog(IOptions<PromptOptions> options, ILogger<AsteriskSoundCatalog> logger) : IPromptCatalog
{
    private readonly string folder = options.Value.SoundsFolder;
    private bool warned;

    public bool Exists(string media, string language)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (!Directory.Exists(folder))
        {
            if (!warned)
            {
                warned = true;
                LogCannotCheck(logger, folder);
            }

            return true;
        }

        var name = media.StartsWith("sound:", StringComparison.Ordinal) ? media["sound:".Length..] : media;
        if (name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return HasFile(Path.Combine(folder, language, name)) || HasFile(Path.Combine(folder, name));
    }

    private static bool HasFile(string pathWithoutExtension)
    {
        var directory = Path.GetDirectoryName(pathWithoutExtension)!;
        return Directory.Exists(directory)
            && Directory.EnumerateFiles(directory, Path.GetFileName(pathWithoutExtension) + ".*").Any();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asterisk's sounds folder {Folder} is not on this machine: menu prompts are not checked at start-up (set Prompts:SoundsFolder in appsettings.json)")]
    private static partial void LogCannotCheck(ILogger logger, string folder);
}
