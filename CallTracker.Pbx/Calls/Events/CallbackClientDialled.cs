namespace CallTracker.Pbx.Calls.Events;

/// <summary>A manager took the callback and heard the prompt; the client's number is being dialled for them.</summary>
public sealed record CallbackClientDialled(string CallbackId, string Phone, string Endpoint, string Manager) : CallbackEvent(CallbackId)
{
    public override object? Detail() => new { callbackId = CallbackId, phone = Phone, endpoint = Endpoint, manager = Manager };
}
