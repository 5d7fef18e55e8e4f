using System.Diagnostics;
using System.Globalization;
using CallTracker.Pbx.Reports;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Benchmarks;

/// <summary>
/// What keeping the report tables costs a call's writes: calls written as the journal writes them (arrival, attribution,
/// first touch, end, call types, a tag), once with the report triggers and once with them silenced. The two batches
/// go to 2026, after the year the reports read; the silenced one is left out of the report tables.
/// </summary>
internal static class TriggerCost
{
    public static async Task<string> MeasureAsync(ServiceProvider services, int calls, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<SqliteConnectionFactory>();
        var with = await WriteAsync(services, calls, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "t", cancellationToken);
        await SetBulkAsync(factory, 1, cancellationToken);
        TimeSpan without;
        try
        {
            without = await WriteAsync(services, calls, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "u", cancellationToken);
        }
        finally
        {
            await SetBulkAsync(factory, 0, cancellationToken);
        }

        return FormattableString.Invariant(
            $"Writing a call as the journal does (arrival, attribution, first touch, end, call types, a tag on every fifth) took {with.TotalMilliseconds / calls:F2} ms with the report triggers and {without.TotalMilliseconds / calls:F2} ms without (mean of {calls:N0} calls each).");
    }

    private static async Task<TimeSpan> WriteAsync(ServiceProvider services, int calls, DateTimeOffset start, string prefix, CancellationToken cancellationToken)
    {
        var journal = services.GetRequiredService<ICallRepository>();
        var attributions = services.GetRequiredService<ICallAttributionRepository>();
        var touches = services.GetRequiredService<ICallerTouchRepository>();
        var types = services.GetRequiredService<ICallTypeRepository>();
        var tags = services.GetRequiredService<ICallTagRepository>();
        var rules = services.GetRequiredService<CallTypeClassifier>().Rules();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D6}");
            var at = start.AddMinutes(i);
            var caller = string.Create(CultureInfo.InvariantCulture, $"7926{prefix.Length}{i % 500:D6}");
            var row = new CallRow { Id = id, ChannelId = id, TrackingNumber = "74950000001", CallerNumber = caller, RouteName = "sales", ArrivedAt = at, Status = CallRow.InProgressStatus };
            await journal.InsertAsync(row, cancellationToken);
            await attributions.InsertAsync(new CallAttributionRow { CallId = id, TrackingNumber = "74950000001", Reason = "Static", Source = "google", Channel = "paid", AttributedAt = at }, cancellationToken);
            await touches.RecordAsync(caller, new CallerTouch { CallId = id, At = at, Source = "google", Channel = "paid" }, cancellationToken);
            await journal.UpdateAsync(row with { Status = "Answered", AnsweredBy = "PJSIP/101", AnsweredAt = at.AddSeconds(5), EndedAt = at.AddSeconds(95), WaitSeconds = 5, TalkSeconds = 90 }, cancellationToken);
            await types.ClassifyAsync(id, rules, cancellationToken);
            if (i % 5 == 0)
            {
                await tags.AddAsync(new CallTagRow { CallId = id, CategoryCode = "1", CategoryName = "Sale", Value = 1000, ValueDefaulted = false, TaggedBy = "PJSIP/101", TaggedAt = at.AddMinutes(2) }, cancellationToken);
            }
        }

        return watch.Elapsed;
    }

    private static async Task SetBulkAsync(SqliteConnectionFactory factory, int bulk, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE report_state SET bulk = @Bulk;", new { Bulk = bulk }, cancellationToken: cancellationToken));
    }
}
