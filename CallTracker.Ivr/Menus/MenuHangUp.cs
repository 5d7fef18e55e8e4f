namespace CallTracker.Ivr.Menus;

/// <param name="MenuId">The menu the caller was in.</param>
/// <param name="ListenedFor">Time from entering that menu to the hangup; for <see cref="HangUpPoint.InGreeting"/>, how much of the greeting was heard.</param>
public sealed record MenuHangUp(HangUpPoint Point, string MenuId, TimeSpan ListenedFor);
