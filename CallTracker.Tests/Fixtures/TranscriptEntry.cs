using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fixtures;

/// <summary>One line of a transcript: a REST exchange, an event on one app's socket, or a note of the harness.</summary>
internal sealed record TranscriptEntry
{
    public required double T { get; init; }

    public required string Kind { get; init; }

    public string? Method { get; init; }

    /// <summary>The path with its query string, e.g. <c>/ari/channels/1795527988.1/ring</c>.</summary>
    public string? Path { get; init; }

    public string? Body { get; init; }

    public int Status { get; init; }

    public JsonNode? Response { get; init; }

    public string? Socket { get; init; }

    public JsonObject? Event { get; init; }

    public string? Text { get; init; }

    public bool IsRest => Kind == "rest";

    public bool IsEvent => Kind == "event";

    public bool IsNote => Kind == "note";

    public string EventType => (string)Event!["type"]!;
}
