namespace CallTracker.Pbx.Ari.Resources;

/// <summary>Body of POST /ari/channels/create (Asterisk takes the parameters as JSON as well as in the query).</summary>
public sealed record ChannelCreateRequest
{
    public required string Endpoint { get; init; }
    public required string App { get; init; }
    public string? AppArgs { get; init; }

    /// <summary>Our own id for the channel, so we can claim its events before it exists.</summary>
    public string? ChannelId { get; init; }
    public string? OtherChannelId { get; init; }
    public string? Originator { get; init; }
    public string? Formats { get; init; }

    /// <summary>Channel variables and functions, e.g. CALLERID(num), CONNECTEDLINE(num).</summary>
    public IReadOnlyDictionary<string, string>? Variables { get; init; }
}
