using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>Caller and manager joined in a bridge: who answered, on which leg, and since when.</summary>
internal sealed record Conversation(Leg Manager, RouteTarget Target, Bridge Bridge, DateTimeOffset AnsweredAt);
