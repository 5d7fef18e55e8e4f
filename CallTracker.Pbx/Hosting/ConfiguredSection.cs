using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

/// <summary>A top-level section of the settings files, the options type it binds to, and how to read its validated value.</summary>
internal sealed record ConfiguredSection(string Name, Type OptionsType, Func<IServiceProvider, object> Resolve)
{
    public static ConfiguredSection Of<T>(string name)
        where T : class =>
        new(name, typeof(T), services => services.GetRequiredService<IOptions<T>>().Value);
}
