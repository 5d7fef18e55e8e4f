namespace CallTracker.Ivr.Menus;

/// <summary>
/// How a caller went through the menus. The service maps it to a call status, first rule that applies:
/// <list type="bullet">
/// <item><see cref="Exit"/> HungUp, <see cref="HangUp"/>.Point InGreeting → HungUpInGreeting (seconds listened: HangUp.ListenedFor).</item>
/// <item>Exit HungUp, Point AfterInvalidInput → IvrInvalidInput.</item>
/// <item>Exit HungUp, Point AfterNoInput → IvrNoInput.</item>
/// <item>Exit HungUp, Point WhileChoosing → the status of a caller who hung up before an answer (CallerHungUpBeforeAnswer).</item>
/// <item>Exit Route / DialExtension / Voicemail → the service goes on. If <see cref="Failure"/> is set, the fallback sent the caller
/// there: a caller who hangs up before that route or extension connects them is IvrNoInput / IvrInvalidInput after Failure;
/// once connected, the normal answered/missed status stands and Failure stays in the call's events. Voicemail: a kept message is Voicemail.</item>
/// </list>
/// <see cref="Path"/> becomes the call's events; <see cref="NoInputs"/> and <see cref="InvalidInputs"/> count every failure on the way,
/// even when the caller pressed right afterwards.
/// </summary>
/// <param name="Target">The route name for Route, the extension for DialExtension; "" otherwise.</param>
/// <param name="Failure">Set when the exit is a menu's fallback: InvalidInput if an invalid entry was pending, else NoInput.</param>
/// <param name="HangUp">Set exactly when <paramref name="Exit"/> is HungUp.</param>
/// <param name="StartedAt">When the first menu was entered; <see cref="MenuStep.At"/> counts from here.</param>
/// <param name="Elapsed">Time spent in the menus.</param>
public sealed record MenuResult(
    MenuExit Exit,
    string Target,
    MenuFailure? Failure,
    MenuHangUp? HangUp,
    int NoInputs,
    int InvalidInputs,
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    IReadOnlyList<MenuStep> Path);
