namespace CallTracker.Pbx.Ari.Models;

/// <summary>
/// ARI model Application (applications.json): what a Stasis app holds. <see cref="ChannelIds"/> lists every channel in
/// the app, including those left there by a process that died, which no StasisStart will ever announce again.
/// </summary>
public sealed record Application
{
    public required string Name { get; init; }
    public IReadOnlyList<string> ChannelIds { get; init; } = [];
    public IReadOnlyList<string> BridgeIds { get; init; } = [];
    public IReadOnlyList<string> EndpointIds { get; init; } = [];
    public IReadOnlyList<string> DeviceNames { get; init; } = [];
}
