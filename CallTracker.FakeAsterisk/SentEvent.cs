using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>An event the fake sent to the sockets of one Stasis app.</summary>
public sealed record SentEvent(string App, string Type, JsonObject Json);
