using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CallTracker.Fakes;
using Microsoft.AspNetCore.WebUtilities;

namespace CallTracker.Benchmarks;

/// <summary>
/// When the fake sent each StasisStart and received each dial, in <see cref="Stopwatch"/> ticks. On the fake's path it
/// only takes the time and keeps the text; it parses afterwards, in <see cref="Latencies"/>, so as not to slow the
/// wire it times.
/// </summary>
internal sealed class WireLog : IWireTap
{
    private readonly ConcurrentQueue<(long At, string Json)> starts = new();
    private readonly ConcurrentQueue<(long At, string Query)> dials = new();

    public int Dials => dials.Count;

    public void EventSending(string json)
    {
        var at = Stopwatch.GetTimestamp();
        if (json.Contains("\"type\":\"StasisStart\"", StringComparison.Ordinal))
        {
            starts.Enqueue((at, json));
        }
    }

    public void RequestArrived(string method, string path, string query)
    {
        var at = Stopwatch.GetTimestamp();
        if (method == "POST" && path.StartsWith("/ari/channels/", StringComparison.Ordinal) && path.EndsWith("/dial", StringComparison.Ordinal))
        {
            dials.Enqueue((at, query));
        }
    }

    /// <summary>
    /// For each caller's channel, the time from its StasisStart to the first dial that names it as the caller
    /// (<c>POST /channels/{leg}/dial?caller={channel}</c>, the way ARI ties a leg to the call it rings for).
    /// </summary>
    public TimeSpan[] Latencies(IReadOnlyList<string> callerChannelIds)
    {
        var started = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (at, json) in starts)
        {
            started.TryAdd((string)JsonNode.Parse(json)!["channel"]!["id"]!, at);
        }

        var dialled = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (at, query) in dials)
        {
            if (QueryHelpers.ParseQuery(query).TryGetValue("caller", out var caller))
            {
                dialled.TryAdd(caller.ToString(), at);
            }
        }

        var latencies = new TimeSpan[callerChannelIds.Count];
        for (var i = 0; i < latencies.Length; i++)
        {
            var id = callerChannelIds[i];
            if (!started.TryGetValue(id, out var start))
            {
                throw new InvalidOperationException($"The fake sent no StasisStart for channel {id}.");
            }

            if (!dialled.TryGetValue(id, out var dial))
            {
                throw new InvalidOperationException($"No dial named the call on channel {id} as its caller (POST /channels/{{leg}}/dial?caller={id}).");
            }

            latencies[i] = Stopwatch.GetElapsedTime(start, dial);
        }

        return latencies;
    }

    public void Clear()
    {
        starts.Clear();
        dials.Clear();
    }
}
