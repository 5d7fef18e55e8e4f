using CallTracker.Ivr.Menus;

namespace CallTracker.Ivr.Tagging;

/// <summary>
/// How the tagging menu went. <see cref="Tags"/> holds only tags the manager completed (code accepted, value taken) and confirmed;
/// a hangup before the confirmation drops the tag in progress and nothing else, so earlier tags of the same call stand.
/// Nothing in the result changes the call's status: a manager who hangs up in the menu leaves the call as it was.
/// </summary>
/// <param name="ManagerHungUp">The manager hung up inside the menu rather than being taken to its end.</param>
/// <param name="Path">What happened, step by step, with <see cref="MenuStep.MenuId"/> <see cref="TaggingMenu.MenuId"/>; the service may store it as call events.</param>
public sealed record TaggingResult(IReadOnlyList<TagEntry> Tags, bool ManagerHungUp, IReadOnlyList<MenuStep> Path);
