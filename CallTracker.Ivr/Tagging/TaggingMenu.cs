using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr.Tagging;

/// <summary>
/// The keypad menu a manager hears when the caller hung up first: category code and '#', value and '#', read-back, 1 to confirm,
/// optionally another tag. Only a confirmed tag counts; see <see cref="TaggingResult"/> for what a hangup keeps.
/// </summary>
public sealed class TaggingMenu
{
    /// <summary>The <see cref="Menus.MenuStep.MenuId"/> of every step in <see cref="TaggingResult.Path"/>.</summary>
    public const string MenuId = "tagging";

    /// <summary>The longest category code.</summary>
    public const int MaxCodeDigits = 6;

    private readonly IOptions<TaggingOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<TaggingMenu> logger;

    public TaggingMenu(IOptions<TaggingOptions> options, TimeProvider time, ILogger<TaggingMenu> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    public bool Enabled => options.Value.Enabled;

    /// <summary>Runs the menu on the manager's leg until the manager is done, runs out of attempts or hangs up.</summary>
    /// <param name="confirmed">
    /// Called with each tag the moment the manager confirms it, before the menu goes on, so a tag is kept even when
    /// the rest of the menu fails (a lost channel, an ARI error).
    /// </param>
    /// <returns>When the menu is not <see cref="Enabled"/>, no tags and no path, with nothing played.</returns>
    public Task<TaggingResult> RunAsync(ICallLeg managerLeg, Func<TagEntry, CancellationToken, Task> confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(managerLeg);
        ArgumentNullException.ThrowIfNull(confirmed);
        if (!Enabled)
        {
            return Task.FromResult(new TaggingResult([], ManagerHungUp: false, []));
        }

        return new TaggingSession(options.Value, managerLeg, confirmed, time, logger).RunAsync(cancellationToken);
    }
}
