namespace CallTracker.Pbx.Callbacks;

/// <summary>One attempt at a callback, as the scheduler hands it to be placed: which callback, which try, and its call's id.</summary>
public sealed record CallbackCall(string CallbackId, int Attempt, string CallId, string Site, string Phone, string? SessionId, string Route);
