namespace CallTracker.Fakes;

/// <summary>
/// Which recorded harness dialplan the fake runs: the recordings were made with two versions of it, and each
/// replay must meet the one it was recorded with.
/// </summary>
public enum FakeDialplan
{
    /// <summary>
    /// Transcripts 01–17: <c>from-trunk</c> is <c>NoOp(inbound X)</c>, <c>Stasis</c>, <c>Hangup()</c>, so
    /// <c>continue</c> hangs the caller up; <c>sim-manager</c> is <c>NoOp</c>, then <c>Stasis</c> at priority 2.
    /// </summary>
    Classic,

    /// <summary>
    /// Transcripts 18–19: <c>from-trunk</c> is <c>NoOp(call to X from CID)</c>, <c>Stasis</c>, then
    /// <c>GotoIf(…?down)</c>, <c>Goto(fallback)</c> and, at priority 6, <c>Dial(</c><see cref="FakeAsteriskOptions.FallbackDial"/><c>)</c>:
    /// a call handed back with <c>continue</c> rings the fallback; <c>sim-manager</c> is <c>Stasis</c> at priority 1.
    /// </summary>
    Fallback,
}
