namespace CallTracker.Pbx.Calls.Events;

/// <summary>
/// A moment of a callback, for the sinks that publish callback.* events. <see cref="CallEvent.CallId"/> is the call
/// of the attempt it belongs to; empty for <see cref="CallbackRequested"/>, which comes before any call.
/// </summary>
public abstract record CallbackEvent(string CallbackId) : CallEvent;
