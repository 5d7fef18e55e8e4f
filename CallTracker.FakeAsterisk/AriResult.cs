using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>A REST answer: status and JSON body (or raw bytes for a recording file).</summary>
internal sealed record AriResult(int Status, JsonNode? Body)
{
    public static AriResult NoContent { get; } = new(204, null);

    public byte[]? Raw { get; init; }

    public string ContentType { get; init; } = "application/json";

    public static AriResult Ok(JsonNode body) => new(200, body);

    public static AriResult Created(JsonNode body) => new(201, body);

    public static AriResult Error(SimAriError error) =>
        new(error.Status, new JsonObject { [error.UsesErrorKey ? "error" : "message"] = error.Message });
}
