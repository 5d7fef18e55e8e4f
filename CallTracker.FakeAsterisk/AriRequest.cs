using System.Globalization;
using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>A REST request as ARI reads it: parameters from the query string or, for a JSON object body, its fields.</summary>
internal sealed class AriRequest
{
    private readonly IReadOnlyDictionary<string, string> _query;
    private readonly JsonObject? _body;

    public AriRequest(IReadOnlyDictionary<string, string> query, JsonObject? body, IReadOnlyDictionary<string, string> route)
    {
        _query = query;
        _body = body;
        Route = route;
    }

    public IReadOnlyDictionary<string, string> Route { get; }

    public string Path(string name) => Route[name];

    public string? Text(string name)
    {
        if (_query.TryGetValue(name, out var value))
        {
            return value;
        }

        return _body?[name] switch
        {
            null => null,
            JsonValue scalar => scalar.ToString(),
            _ => null,
        };
    }

    public int Int(string name, int fallback)
    {
        var text = Text(name);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SimAriError(400, "Invalid value for " + name);
    }

    public bool Bool(string name, bool fallback)
    {
        var text = Text(name);
        return string.IsNullOrEmpty(text) ? fallback : text is "true" or "True" or "yes" or "1";
    }

    public JsonObject? Object(string name) => _body?[name] as JsonObject;
}
