using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Dispatches <c>/ari/...</c> requests to the operations of the simulated Asterisk.</summary>
internal sealed partial class AriRouter
{
    private readonly AsteriskCore _core;
    private readonly List<AriRoute> _routes = [];

    public AriRouter(AsteriskCore core)
    {
        _core = core;
        AddChannelRoutes();
        AddChannelMediaRoutes();
        AddBridgeRoutes();
        AddPlaybackAndRecordingRoutes();
        AddApplicationAndAsteriskRoutes();
    }

    /// <summary>Handles a request whose path is <paramref name="path"/> without the leading <c>/ari/</c>; call under the gate.</summary>
    public AriResult Handle(string method, string path, IReadOnlyDictionary<string, string> query, string? body)
    {
        var segments = path.Split('/').Select(Uri.UnescapeDataString).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var pathKnown = false;
        foreach (var route in _routes)
        {
            if (!route.Matches(segments, values))
            {
                continue;
            }

            pathKnown = true;
            if (!string.Equals(route.Method, method, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var json = ParseBody(body);
                return route.Handler(new AriRequest(query, json, new Dictionary<string, string>(values, StringComparer.Ordinal)));
            }
            catch (SimAriError error)
            {
                return AriResult.Error(error);
            }
        }

        return pathKnown
            ? AriResult.Error(new SimAriError(405, "Invalid method"))
            : AriResult.Error(new SimAriError(404, "Resource not found"));
    }

    private static JsonObject? ParseBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            throw new SimAriError(400, "Error parsing request body");
        }
    }

    private void Add(string method, string pattern, Func<AriRequest, AriResult> handler) =>
        _routes.Add(new AriRoute(method, pattern, handler));

    private static SimRecordRequest RecordParameters(AriRequest request) => new()
    {
        Name = request.Text("name"),
        Format = request.Text("format"),
        MaxDurationSeconds = request.Int("maxDurationSeconds", 0),
        MaxSilenceSeconds = request.Int("maxSilenceSeconds", 0),
        IfExists = request.Text("ifExists") ?? "fail",
        Beep = request.Bool("beep", false),
        TerminateOn = request.Text("terminateOn") ?? "none",
    };
}
