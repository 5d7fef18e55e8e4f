using System.Net;

namespace CallTracker.Pbx.Ari;

/// <summary>A non-2xx answer from ARI, with what was asked and what Asterisk said.</summary>
public sealed class AriException : Exception
{
    public AriException(HttpStatusCode statusCode, string method, string path, string? asteriskMessage)
        : base($"ARI {method} {path} answered {(int)statusCode} {statusCode}: {asteriskMessage ?? "(no message)"}")
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        AsteriskMessage = asteriskMessage;
    }

    public AriException()
    {
        Method = "";
        Path = "";
    }

    public AriException(string message)
        : base(message)
    {
        Method = "";
        Path = "";
    }

    public AriException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        Path = "";
    }

    public HttpStatusCode StatusCode { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The "message" (or "error") field of Asterisk's JSON error body.</summary>
    public string? AsteriskMessage { get; }

    /// <summary>The channel, bridge, playback or recording no longer exists.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>
    /// What the request named is gone: 404, or a subscription's 422 "Event source does not exist" (a channel that hung
    /// up before the subscription reached Asterisk).
    /// </summary>
    public bool IsGone => IsNotFound || ((int)StatusCode == 422 && Path.Contains("/subscription", StringComparison.Ordinal));

    /// <summary>The resource exists but is in the wrong state (not in Stasis, already dialled, duplicate id).</summary>
    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;

    public bool IsServerError => (int)StatusCode >= 500;
}
