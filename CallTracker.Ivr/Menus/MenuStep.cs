namespace CallTracker.Ivr.Menus;

/// <summary>One step of the caller's path, stored by the service as a call event.</summary>
/// <param name="At">Offset from <see cref="MenuResult.StartedAt"/>.</param>
/// <param name="MenuId">The menu the step happened in.</param>
public sealed record MenuStep(TimeSpan At, MenuStepKind Kind, string MenuId, string Detail = "");
