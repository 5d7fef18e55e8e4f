namespace CallTracker.Fakes;

/// <summary>A REST request the fake answered: <c>Path</c> like <c>/ari/channels/create</c>, <c>Query</c> without the <c>?</c>.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Body, int Status);
