using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr.Menus;

/// <summary>Takes a caller through the voice menus of menus.json and says how they left: a value, whatever happened.</summary>
public sealed class MenuRunner
{
    private readonly IOptions<IvrOptions> options;
    private readonly IExtensionDirectory extensions;
    private readonly TimeProvider time;
    private readonly ILogger<MenuRunner> logger;

    public MenuRunner(IOptions<IvrOptions> options, IExtensionDirectory extensions, TimeProvider time, ILogger<MenuRunner> logger)
    {
        this.options = options;
        this.extensions = extensions;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Runs the menus from <paramref name="menuId"/> until the caller picks a route, voicemail or an extension, fails into a fallback, or hangs up.</summary>
    /// <exception cref="ArgumentException">No menu has that id; the service should check route configuration against <see cref="IvrOptions.Menus"/> at start-up.</exception>
    public Task<MenuResult> RunAsync(ICallLeg leg, string menuId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leg);
        if (!options.Value.Menus.ContainsKey(menuId))
        {
            throw new ArgumentException($"{IvrOptions.FileName} has no menu '{menuId}'.", nameof(menuId));
        }

        return new MenuSession(options.Value, leg, extensions, time, logger).RunAsync(menuId, cancellationToken);
    }
}
