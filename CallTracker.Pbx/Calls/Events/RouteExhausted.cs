namespace CallTracker.Pbx.Calls.Events;

/// <summary>Every manager the route rings was tried and none took the call.</summary>
public sealed record RouteExhausted(int Attempts, string Status) : CallEvent
{
    public override object? Detail() => new { attempts = Attempts, status = Status };
}
