using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Voicemail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr;

public static class IvrServiceCollectionExtensions
{
    /// <summary>
    /// Registers the menu runner, the voicemail taker and menus.json's "Ivr" section, validated at start-up.
    /// The service registers the ports the IVR cannot know about: <see cref="IKnownRoutes"/>, <see cref="Prompts.IPromptCatalog"/>
    /// and <see cref="IExtensionDirectory"/>; each call's <see cref="Prompts.ICallLeg"/> is passed to the runner directly.
    /// </summary>
    public static IServiceCollection AddCallTrackerIvr(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IvrOptions>().Bind(configuration.GetSection(IvrOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IvrOptions>, MenuOptionsValidator>();

        // Checked as part of IvrOptions; bound on its own so the voicemail taker needs no menus.
        services.AddOptions<VoicemailOptions>().Bind(configuration.GetSection(VoicemailOptions.SectionName));
        services.AddSingleton<MenuRunner>();
        services.AddSingleton<VoicemailTaker>();
        return services;
    }
}
