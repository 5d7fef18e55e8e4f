namespace CallTracker.Fakes;

/// <summary>Why a channel hangs up: decides its ChannelHangupRequest (cause 32 soft for a DELETE, the cause otherwise).</summary>
internal enum HangupKind
{
    /// <summary><c>DELETE /channels/{id}</c>: request cause 32, soft.</summary>
    Explicit,

    /// <summary>The other half hung up: request with its cause.</summary>
    Remote,

    /// <summary>The dial timeout passed: request cause 32, soft; destroyed with 19.</summary>
    Timeout,

    /// <summary>The channel's own dialplan or phone ended the call: request with the cause, soft.</summary>
    Self,

    /// <summary>The call failed before it started (unknown context): no hangup request.</summary>
    Vanish,
}
