using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

/// <summary>The settings new calls get: those validated at start-up, then each valid edit <see cref="SettingsReloader"/> publishes.</summary>
public sealed class LiveSettings
{
    private readonly Lazy<SettingsSnapshot> initial;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggers;
    private SettingsSnapshot? published;

    /// <remarks>The start-up set is made on first use: the host creates services before validation reports their problems.</remarks>
    public LiveSettings(IOptions<IvrOptions> ivr, RouteTable routes, MenuRunner menus, VoicemailTaker voicemail, TaggingMenu tagging, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(ivr);
        initial = new(() => new SettingsSnapshot(1, ivr.Value, routes, menus, voicemail, tagging));
        this.time = time;
        this.loggers = loggers;
    }

    public SettingsSnapshot Current => Volatile.Read(ref published) ?? initial.Value;

    /// <summary>Makes validated settings current for calls that start from now on.</summary>
    public SettingsSnapshot Publish(RoutingOptions routing, IvrOptions ivr)
    {
        ArgumentNullException.ThrowIfNull(ivr);
        var routes = new RouteTable(Options.Create(routing));
        var next = new SettingsSnapshot(
            Current.Version + 1,
            ivr,
            routes,
            new MenuRunner(Options.Create(ivr), routes, time, loggers.CreateLogger<MenuRunner>()),
            new VoicemailTaker(Options.Create(ivr.Voicemail), time, loggers.CreateLogger<VoicemailTaker>()),
            new TaggingMenu(Options.Create(ivr.Tagging), time, loggers.CreateLogger<TaggingMenu>()));
        Volatile.Write(ref published, next);
        return next;
    }
}
