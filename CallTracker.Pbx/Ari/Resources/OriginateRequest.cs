namespace CallTracker.Pbx.Ari.Resources;

/// <summary>Body of POST /ari/channels (originate into a Stasis app).</summary>
public sealed record OriginateRequest
{
    public required string Endpoint { get; init; }
    public required string App { get; init; }
    public string? AppArgs { get; init; }

    /// <summary>Shown to the called party, as "Name" &lt;number&gt;.</summary>
    public string? CallerId { get; init; }
    public int? Timeout { get; init; }
    public string? ChannelId { get; init; }
    public string? OtherChannelId { get; init; }
    public string? Originator { get; init; }
    public IReadOnlyDictionary<string, string>? Variables { get; init; }
}
