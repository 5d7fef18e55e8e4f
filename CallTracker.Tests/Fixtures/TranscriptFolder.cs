namespace CallTracker.Tests.Fixtures;

/// <summary>Finds <c>shared/ari</c>, the sibling of the repository, by walking up from the test directory.</summary>
internal static class TranscriptFolder
{
    public static DirectoryInfo Locate()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(directory.FullName, "shared", "ari", "transcripts"));
            if (candidate.Exists)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/ari/transcripts above " + TestContext.CurrentContext.TestDirectory);
    }

    /// <summary>The <c>.ndjson</c> transcripts, by name.</summary>
    public static IEnumerable<string> TranscriptNames() =>
        Locate().GetFiles("*.ndjson").Select(f => Path.GetFileNameWithoutExtension(f.Name)).Order(StringComparer.Ordinal);

    public static Transcript Load(string name) => Transcript.Load(Path.Combine(Locate().FullName, name + ".ndjson"));
}
