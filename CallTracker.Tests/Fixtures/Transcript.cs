using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fixtures;

/// <summary>A recorded scenario of <c>shared/ari/transcripts</c> (NDJSON; <c>#</c> lines are comments).</summary>
internal sealed class Transcript
{
    private Transcript(string name, IReadOnlyList<TranscriptEntry> entries, IReadOnlyList<string> comments)
    {
        Name = name;
        Entries = entries;
        Comments = comments;
    }

    public string Name { get; }

    public IReadOnlyList<TranscriptEntry> Entries { get; }

    /// <summary>The <c>#</c> lines and the lines that are not entries (transcript 01 is JSON bodies under comments).</summary>
    public IReadOnlyList<string> Comments { get; }

    public IEnumerable<TranscriptEntry> EventsOf(string socket) => Entries.Where(e => e.IsEvent && e.Socket == socket);

    public static Transcript Load(string path)
    {
        var entries = new List<TranscriptEntry>();
        var comments = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("{\"t\"", StringComparison.Ordinal))
            {
                comments.Add(line);
                continue;
            }

            var json = JsonNode.Parse(line)!.AsObject();
            entries.Add(new TranscriptEntry
            {
                T = (double)json["t"]!,
                Kind = (string)json["kind"]!,
                Method = (string?)json["method"],
                Path = (string?)json["path"],
                Body = json["body"] switch
                {
                    null => null,
                    JsonValue text when text.TryGetValue<string>(out var raw) => raw,
                    var other => other.ToJsonString(),
                },
                Status = (int?)json["status"] ?? 0,
                Response = json["response"]?.DeepClone(),
                Socket = (string?)json["socket"],
                Event = json["event"]?.DeepClone().AsObject(),
                Text = (string?)json["text"],
            });
        }

        return new Transcript(System.IO.Path.GetFileNameWithoutExtension(path), entries, comments);
    }
}
