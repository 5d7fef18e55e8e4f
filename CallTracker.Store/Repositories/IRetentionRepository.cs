namespace CallTracker.Store.Repositories;

/// <summary>Deletes what has outlived its use, a batch at a time so that no delete holds the write lock for long.</summary>
public interface IRetentionRepository
{
    /// <summary>
    /// Deletes up to <paramref name="batch"/> tracking sessions last seen before <paramref name="before"/>, with their
    /// pages and number assignments. Sessions a call was attributed to, and sessions still holding a number, are kept.
    /// </summary>
    /// <returns>Sessions deleted; fewer than <paramref name="batch"/> means none are left to delete.</returns>
    Task<int> PurgeTrackingAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> call events from before <paramref name="before"/>; the calls stay.</summary>
    Task<int> PurgeCallEventsAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken);
}
