using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ITrackingSessionRepository
{
    /// <summary>Writes a new session, its landing page and, for a pool number, its first assignment, all or nothing.</summary>
    Task CreateAsync(TrackingSessionRow session, NumberAssignmentRow? assignment, CancellationToken cancellationToken);

    /// <summary>Records a keep-alive; false when no session has that id.</summary>
    Task<bool> RecordPingAsync(SessionPing ping, CancellationToken cancellationToken);

    Task<TrackingSessionRow?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The pages the session opened, first to last.</summary>
    Task<IReadOnlyList<SessionPageRow>> ListPagesAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Sessions shown an overflow number because their pool was exhausted, per site and pool.</summary>
    Task<IReadOnlyDictionary<(string Site, string Pool), long>> CountOverflowsByPoolAsync(CancellationToken cancellationToken);
}
