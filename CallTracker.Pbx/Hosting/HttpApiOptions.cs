namespace CallTracker.Pbx.Hosting;

/// <summary>Bound from the "HttpApi" section of appsettings.json.</summary>
public sealed class HttpApiOptions
{
    public const string SectionName = "HttpApi";

    /// <summary>Where the HTTP API listens; several addresses separated by ';'.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";
}
