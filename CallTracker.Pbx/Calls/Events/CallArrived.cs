namespace CallTracker.Pbx.Calls.Events;

/// <summary>A call entered the app: who calls, which number they dialled, and the route it takes.</summary>
public sealed record CallArrived(string ChannelId, string TrackingNumber, string CallerNumber, string? CallerName, string RouteName, bool KnownNumber, string Direction) : CallEvent
{
    public override string Kind => "Arrived";

    public override object? Detail() => new { TrackingNumber, caller = new { name = CallerName ?? "", number = CallerNumber }, route = RouteName, knownNumber = KnownNumber, direction = Direction };
}
