namespace CallTracker.Fakes;

/// <summary>The parameters of <c>POST /channels/{id}/record</c> and <c>POST /bridges/{id}/record</c>.</summary>
internal sealed record SimRecordRequest
{
    public string? Name { get; init; }

    public string? Format { get; init; }

    public int MaxDurationSeconds { get; init; }

    public int MaxSilenceSeconds { get; init; }

    public string IfExists { get; init; } = "fail";

    public bool Beep { get; init; }

    public string TerminateOn { get; init; } = "none";
}
