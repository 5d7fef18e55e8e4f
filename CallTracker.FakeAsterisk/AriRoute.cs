namespace CallTracker.Fakes;

/// <summary>One REST operation: method, path pattern under <c>/ari/</c> (with <c>{name}</c> segments) and handler.</summary>
internal sealed record AriRoute(string Method, string Pattern, Func<AriRequest, AriResult> Handler)
{
    private readonly string[] _segments = Pattern.Split('/');

    /// <summary>Matches the path segments; fills <paramref name="values"/> with the <c>{name}</c> segments.</summary>
    public bool Matches(IReadOnlyList<string> segments, Dictionary<string, string> values)
    {
        values.Clear();
        if (segments.Count != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var pattern = _segments[i];
            if (pattern.StartsWith('{'))
            {
                values[pattern[1..^1]] = segments[i];
            }
            else if (!string.Equals(pattern, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
