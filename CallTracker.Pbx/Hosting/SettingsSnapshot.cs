using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// routing.json and menus.json as one validated, unchanging set: routes, schedules, tracking numbers, menus,
/// voicemail and tagging categories. A call is given the current one when it starts and keeps it to the end.
/// </summary>
public sealed record SettingsSnapshot(int Version, IvrOptions Ivr, RouteTable Routes, MenuRunner Menus, VoicemailTaker Voicemail, TaggingMenu Tagging);
