using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fakes;

/// <summary><c>/applications</c>: listing apps and explicit subscriptions (transcripts 02, 13, 14, 14b).</summary>
internal sealed partial class AsteriskCore
{
    public JsonObject GetApplication(string name) =>
        AriJson.Application(FindRegisteredApp(name) ?? throw new AriException(404, "Application not found"));

    public JsonArray ListApplications() =>
        new(RegisteredApps.Select(a => (JsonNode?)AriJson.Application(a)).ToArray());

    public JsonObject ChangeSubscription(string appName, string? eventSource, bool subscribe)
    {
        var app = FindRegisteredApp(appName) ?? throw new AriException(404, "Application not found");
        if (string.IsNullOrEmpty(eventSource))
        {
            throw new AriException(400, "Missing parameter eventSource");
        }

        foreach (var source in eventSource.Split(','))
        {
            var colon = source.IndexOf(':', StringComparison.Ordinal);
            var scheme = colon < 0 ? source : source[..colon];
            var id = colon < 0 ? string.Empty : source[(colon + 1)..];
            switch (scheme)
            {
                case "channel":
                    var channel = FindChannel(id) ?? throw new AriException(422, "Event source does not exist");
                    if (subscribe)
                    {
                        Subscribe(app.Name, channel);
                    }
                    else if (channel.AppRefs.ContainsKey(app.Name))
                    {
                        Unsubscribe(app.Name, channel);
                    }
                    else
                    {
                        throw new AriException(409, "App not subscribed to event source");
                    }

                    break;
                case "bridge":
                    var bridge = _bridges.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal))
                        ?? throw new AriException(422, "Event source does not exist");
                    if (subscribe)
                    {
                        Subscribe(app.Name, bridge);
                    }
                    else
                    {
                        bridge.AppRefs.Remove(app.Name);
                        app.BridgeOrder.Remove(bridge);
                    }

                    break;
                case "endpoint":
                case "deviceState":
                    if (subscribe && !app.EndpointIds.Contains(id))
                    {
                        app.EndpointIds.Add(id);
                    }
                    else if (!subscribe)
                    {
                        app.EndpointIds.Remove(id);
                    }

                    break;
                default:
                    throw new AriException(400, "Invalid event source URI scheme");
            }
        }

        return AriJson.Application(app);
    }
}
