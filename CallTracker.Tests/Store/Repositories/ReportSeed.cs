using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>Writes crafted calls, with their attribution, rung managers and tags, through the real repositories.</summary>
internal sealed class ReportSeed(SqliteConnectionFactory factory)
{
    /// <summary>Monday 3 March 2025, 00:00 UTC: the seed week runs to the next Monday.</summary>
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    private int next;

    public async Task<string> CallAsync(
        CancellationToken cancellationToken,
        DateTimeOffset? at = null,
        string status = "Answered",
        int waitSeconds = 10,
        int talkSeconds = 0,
        bool offHours = false,
        string direction = CallRow.InboundDirection,
        string? source = null,
        string? channel = null,
        string? campaign = null,
        string caller = "79160000000",
        string? rang = null,
        string? answeredBy = null,
        (string Name, long Value)[]? tags = null)
    {
        var id = $"call-{++next:D4}";
        var arrived = at ?? Monday.AddHours(10).AddMinutes(next);
        await new SqliteCallRepository(factory).InsertAsync(new CallRow
        {
            Id = id,
            ChannelId = "ch-" + id,
            TrackingNumber = "74950000001",
            CallerNumber = caller,
            RouteName = "sales",
            ArrivedAt = arrived,
            AnsweredAt = status == "Answered" ? arrived.AddSeconds(waitSeconds) : null,
            EndedAt = arrived.AddSeconds(waitSeconds + talkSeconds),
            WaitSeconds = waitSeconds,
            TalkSeconds = talkSeconds,
            Status = status,
            AnsweredBy = answeredBy,
            OffHours = offHours,
            Direction = direction,
        }, cancellationToken);
        if (source is not null)
        {
            await new SqliteCallAttributionRepository(factory).InsertAsync(new CallAttributionRow
            {
                CallId = id, TrackingNumber = "74950000001", Reason = "Static", Source = source, Channel = channel ?? "paid", Campaign = campaign, AttributedAt = arrived,
            }, cancellationToken);
            await new SqliteCallerTouchRepository(factory).RecordAsync(caller, new CallerTouch { CallId = id, At = arrived, Source = source, Channel = channel ?? "paid", Campaign = campaign }, cancellationToken);
        }

        if (rang is not null)
        {
            await new SqliteCallEventRepository(factory).AppendAsync(
                new CallEventRow { CallId = id, At = arrived, Kind = "ManagerRinging", DetailJson = $$"""{"endpoint":"{{rang}}","attempt":1}""" }, cancellationToken);
        }

        foreach (var (name, value) in tags ?? [])
        {
            await new SqliteCallTagRepository(factory).AddAsync(
                new CallTagRow { CallId = id, CategoryCode = name[..1], CategoryName = name, Value = value, ValueDefaulted = false, TaggedBy = "PJSIP/101", TaggedAt = arrived }, cancellationToken);
        }

        await new SqliteCallTypeRepository(factory).ClassifyAsync(id, [new CallTypeRule(null, 60, 30)], cancellationToken);
        return id;
    }
}
