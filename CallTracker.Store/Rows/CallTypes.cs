namespace CallTracker.Store.Rows;

/// <summary>The call types a finished call carries; several can hold at once (a unique-target call is also unique and target).</summary>
public sealed record CallTypes
{
    /// <summary>The first call ever from the number, answered or not.</summary>
    public bool Unique { get; init; }

    /// <summary>Answered, with talk time at least the site's target.</summary>
    public bool Target { get; init; }

    /// <summary>A target call from a number that already had one within the site's sales cycle.</summary>
    public bool Repeat { get; init; }

    /// <summary>The number's first call that reached the target.</summary>
    public bool FirstTarget { get; init; }

    /// <summary>The number's very first call was a target call.</summary>
    public bool UniqueTarget { get; init; }
}
