using System.Data.Common;
using Dapper;

namespace CallTracker.Benchmarks;

/// <summary>
/// A year of generated calls for the report benchmark: callers who call again, attributions to sources and campaigns,
/// web sessions with keywords and landing pages, rung managers on missed calls, and tags. Seeded, so every run is the same.
/// Written with the report triggers silenced: rebuild the report tables afterwards.
/// </summary>
internal static class ReportData
{
    public static readonly DateTimeOffset YearStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Sources = ["google", "yandex", "facebook", "vk", "(direct)", "billboard", "radio", "partner"];
    private static readonly string[] Channels = ["paid", "organic", "social", "outdoor"];
    private static readonly string[] Statuses = ["Answered", "Answered", "Answered", "Answered", "Missed", "Busy", "CallerHungUpBeforeAnswer", "HungUpInGreeting", "Voicemail", "OffHours"];
    private static readonly string[] Managers = ["PJSIP/101", "PJSIP/102", "PJSIP/103", "PJSIP/104"];

    public static async Task GenerateAsync(DbConnection connection, int calls, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var callers = Math.Max(1, calls / 4);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // A bulk load: the report triggers stay silent, and the caller rebuilds the report tables once at the end.
        await connection.ExecuteAsync(new CommandDefinition("UPDATE report_state SET bulk = 1;", transaction: transaction, cancellationToken: cancellationToken));
        foreach (var manager in Managers)
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO managers (endpoint, name) VALUES (@manager, @manager);", new { manager }, transaction, cancellationToken: cancellationToken));
        }

        var insertCall = Command(connection, transaction, """
            INSERT INTO calls (id, channel_id, tracking_number, caller_number, route_name, arrived_at, answered_at, ended_at, wait_seconds, talk_seconds, status, answered_by, off_hours, direction)
            VALUES ($id, $id, '74950000001', $caller, 'sales', $at, $answered, $ended, $wait, $talk, $status, $by, $offHours, $direction);
            """, "$id", "$caller", "$at", "$answered", "$ended", "$wait", "$talk", "$status", "$by", "$offHours", "$direction");
        var insertSession = Command(connection, transaction, """
            INSERT INTO tracking_sessions (id, site, visitor_id, started_at, last_seen_at, landing_url, current_page, keyword, channel, source, number, number_kind)
            VALUES ($id, 'shop', $id, $at, $at, $landing, $landing, $keyword, $channel, $source, '74950000011', 'Pool');
            """, "$id", "$at", "$landing", "$keyword", "$channel", "$source");
        var insertAttribution = Command(connection, transaction, """
            INSERT INTO call_attributions (call_id, tracking_number, reason, site, session_id, source, channel, campaign, candidates, attributed_at)
            VALUES ($call, '74950000001', 'Exact', 'shop', $session, $source, $channel, $campaign, 1, $at);
            """, "$call", "$session", "$source", "$channel", "$campaign", "$at");
        var insertEvent = Command(connection, transaction, """
            INSERT INTO call_events (call_id, at, kind, detail_json) VALUES ($call, $at, 'ManagerRinging', $detail);
            """, "$call", "$at", "$detail");
        var insertTag = Command(connection, transaction, """
            INSERT INTO call_tags (call_id, category_code, category_name, value, value_defaulted, tagged_by, tagged_at)
            VALUES ($call, $code, $name, $value, 0, 'PJSIP/101', $at);
            """, "$call", "$code", "$name", "$value", "$at");
        var firstTouch = new Dictionary<int, (string Source, string Channel, string Campaign, string Session, long At, string Call)>();
        var yearMs = TimeSpan.FromDays(365).TotalMilliseconds;
        for (var i = 0; i < calls; i++)
        {
            var id = $"c{i:D7}";
            var caller = random.Next(callers);
            var at = YearStart.ToUnixTimeMilliseconds() + (long)(yearMs * i / calls) + random.Next(60_000);
            var status = Statuses[random.Next(Statuses.Length)];
            var answered = status == "Answered";
            var wait = random.Next(1, 60);
            var talk = answered ? random.Next(5, 600) : 0;
            var source = Sources[random.Next(Sources.Length)];
            var channel = Channels[random.Next(Channels.Length)];
            var campaign = $"campaign-{random.Next(20)}";
            var session = $"s{i:D7}";
            await RunAsync(insertCall, cancellationToken, id, $"7916{caller:D7}", at, answered ? at + (wait * 1000) : null, at + ((wait + talk) * 1000), wait, talk, status,
                answered ? Managers[random.Next(Managers.Length)] : null, status == "OffHours" ? 1 : 0, random.Next(10) == 0 ? "Outbound" : "Inbound");
            await RunAsync(insertSession, cancellationToken, session, at - 600_000, $"https://shop.example/{(i % 15 == 0 ? "sale" : "catalog/" + (i % 40))}?utm_source={source}", $"keyword {random.Next(200)}", channel, source);
            await RunAsync(insertAttribution, cancellationToken, id, session, source, channel, campaign, at);
            if (!answered)
            {
                await RunAsync(insertEvent, cancellationToken, id, at, $$"""{"endpoint":"{{Managers[random.Next(Managers.Length)]}}","attempt":1}""");
            }

            if (answered && random.Next(5) == 0)
            {
                await RunAsync(insertTag, cancellationToken, id, "1", "Sale", random.Next(100, 10_000), at);
            }

            firstTouch.TryAdd(caller, (source, channel, campaign, session, at, id));
        }

        var insertTouch = Command(connection, transaction, """
            INSERT INTO caller_touches (caller_number, first_call_id, first_at, first_source, first_channel, first_campaign, first_session_id,
                                        last_call_id, last_at, last_source, last_channel, last_campaign, last_session_id)
            VALUES ($caller, $call, $at, $source, $channel, $campaign, $session, $call, $at, $source, $channel, $campaign, $session);
            """, "$caller", "$call", "$at", "$source", "$channel", "$campaign", "$session");
        foreach (var (caller, touch) in firstTouch)
        {
            await RunAsync(insertTouch, cancellationToken, $"7916{caller:D7}", touch.Call, touch.At, touch.Source, touch.Channel, touch.Campaign, touch.Session);
        }

        await connection.ExecuteAsync(new CommandDefinition("UPDATE report_state SET bulk = 0;", transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
