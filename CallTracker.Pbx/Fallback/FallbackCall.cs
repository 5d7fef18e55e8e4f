using CallTracker.Pbx.Calls;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Fallback;

/// <summary>Turns the CDR lines of one fallback call into the call row the reports read.</summary>
public static class FallbackCall
{
    /// <summary>What extensions.conf writes to CDR(userfield) on the path taken while the service is down.</summary>
    public const string Marker = "calltracker-fallback";

    public const string RouteName = "(fallback)";

    /// <summary>The call id: the Asterisk uniqueid, so a line read twice is the same call.</summary>
    public static string IdOf(string uniqueId) => "fallback-" + uniqueId;

    public static bool IsMarked(CdrRecord record) => record.UserField.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>
    /// One call from its lines: Asterisk writes one per dial attempt and one for what follows a failed dial (voicemail).
    /// Voicemail answers the channel itself, so only an answer with a destination channel is a person taking the call.
    /// </summary>
    public static CallRow ToCall(IReadOnlyList<CdrRecord> records)
    {
        ArgumentOutOfRangeException.ThrowIfZero(records.Count);
        var taken = records.FirstOrDefault(IsTakenByPerson);
        var main = taken ?? records[0];
        var arrived = records.Min(r => r.Start);
        var ended = records.Max(r => r.End);
        var talk = taken?.BillableSeconds ?? 0;
        var (callerNumber, callerName) = Caller(main);
        return new CallRow
        {
            Id = IdOf(main.UniqueId),
            ChannelId = main.UniqueId,
            TrackingNumber = main.Destination,
            CallerNumber = callerNumber,
            CallerName = callerName,
            RouteName = RouteName,
            ArrivedAt = arrived,
            AnsweredAt = taken?.Answer,
            EndedAt = ended,
            WaitSeconds = taken?.Answer is { } answer
                ? (int)Math.Max(0, (answer - arrived).TotalSeconds)
                : (int)Math.Max(0, (ended - arrived).TotalSeconds),
            TalkSeconds = talk,
            Status = (taken is null ? CallStatus.MissedByFallback : CallStatus.HandledByFallback).ToString(),
            AnsweredBy = taken is null ? null : Endpoint(taken.DestinationChannel),
        };
    }

    private static bool IsTakenByPerson(CdrRecord record) =>
        record.Disposition == "ANSWERED" && record.DestinationChannel.Length > 0 && record.Answer is not null;

    // A channel name is the endpoint and a sequence: PJSIP/101-0000002a.
    private static string Endpoint(string channel)
    {
        var dash = channel.LastIndexOf('-');
        return dash > channel.IndexOf('/', StringComparison.Ordinal) && dash > 0 ? channel[..dash] : channel;
    }

    // clid is "Name" <number>; src is the number alone.
    private static (string Number, string? Name) Caller(CdrRecord record)
    {
        var clid = record.CallerId;
        var open = clid.LastIndexOf('<');
        var name = open > 0 ? clid[..open].Trim().Trim('"').Trim() : null;
        var number = record.Source.Length > 0 || open < 0 ? record.Source : clid[(open + 1)..].TrimEnd('>');
        return (number, string.IsNullOrEmpty(name) ? null : name);
    }
}
