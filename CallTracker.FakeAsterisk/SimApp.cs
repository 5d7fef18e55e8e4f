namespace CallTracker.Fakes;

/// <summary>A Stasis application: registered when its first event socket connects, active while one is connected.</summary>
internal sealed class SimApp
{
    public SimApp(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public List<EventSocket> Sockets { get; } = [];

    public bool IsActive => Sockets.Count > 0;

    /// <summary>An event socket has connected for this app at least once (it is listed under <c>/applications</c>).</summary>
    public bool Registered { get; set; }

    public bool SubscribeAll { get; set; }

    /// <summary>Channels in the order the app first subscribed to them (for <c>channel_ids</c>).</summary>
    public List<SimChannel> ChannelOrder { get; } = [];

    public List<SimBridge> BridgeOrder { get; } = [];

    public List<string> EndpointIds { get; } = [];
}
