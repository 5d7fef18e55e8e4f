namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model Channel (channels.json), field for field.</summary>
public sealed record Channel
{
    public required string Id { get; init; }
    public string? ProtocolId { get; init; }
    public required string Name { get; init; }
    public required string State { get; init; }
    public CallerId? Caller { get; init; }
    public CallerId? Connected { get; init; }
    public string? Accountcode { get; init; }
    public DialplanCep? Dialplan { get; init; }
    public DateTimeOffset Creationtime { get; init; }
    public string? Language { get; init; }
    public IReadOnlyDictionary<string, string>? Channelvars { get; init; }
    public string? CallerRdnis { get; init; }
    public string? Tenantid { get; init; }
}
