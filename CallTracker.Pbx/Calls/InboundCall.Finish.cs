using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    /// <summary>
    /// Releases what the call still holds in Asterisk and writes its final record. Runs with CancellationToken.None:
    /// the record must be written even when the call ends because the service is stopping.
    /// </summary>
    private async Task FinishAsync(CallStatus status)
    {
        var endedAt = time.GetUtcNow();
        try
        {
            await HangupLegsAsync();
            if (bridgeId is not null)
            {
                await ari.Bridges.DestroyAsync(bridgeId, CancellationToken.None);
            }

            if (!callerGone)
            {
                await ari.Channels.HangupAsync(caller.Id, HangupReason.Normal, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            LogCleanupFailed(logger, e.Message);
        }
        finally
        {
            registry.Remove(this);
            var row = ToRow(status, endedAt);
            await journal.AppendAsync(CallId, "Ended", new { status = status.ToString(), row.WaitSeconds, row.TalkSeconds }, CancellationToken.None);
            await journal.FinishAsync(row, CancellationToken.None);
            LogEnded(logger, status, row.WaitSeconds, row.TalkSeconds);
        }
    }

    private async Task HangupLegsAsync()
    {
        foreach (var leg in liveLegs.ToList())
        {
            await ari.Channels.HangupAsync(leg, HangupReason.Normal, CancellationToken.None);
            liveLegs.Remove(leg);
        }
    }

    private CallRow ToRow(CallStatus status, DateTimeOffset? endedAt)
    {
        var waitEnd = answeredAt ?? endedAt ?? arrivedAt;

        // Talk ends when either side leaves the conversation, not when the manager finishes tagging.
        var talkEnd = talkEndedAt ?? endedAt;
        return new CallRow
        {
            Id = CallId,
            ChannelId = caller.Id,
            TrackingNumber = TrackingNumber,
            CallerNumber = caller.Caller?.Number ?? "",
            CallerName = string.IsNullOrEmpty(caller.Caller?.Name) ? null : caller.Caller.Name,
            RouteName = decision.Route.Name,
            ArrivedAt = arrivedAt,
            AnsweredAt = answeredAt,
            EndedAt = endedAt,
            WaitSeconds = WholeSeconds(waitEnd - arrivedAt),
            TalkSeconds = answeredAt.HasValue && talkEnd.HasValue ? WholeSeconds(talkEnd.Value - answeredAt.Value) : 0,
            Status = status.ToString(),
            AnsweredBy = answeredBy,
            OffHours = offHours,
            IvrListenedSeconds = ivrListenedSeconds,
            VoicemailPath = voicemailPath,
            VoicemailSeconds = voicemailSeconds,
            RecordingPath = recordingPath,
            RecordingSeconds = recordingSeconds,
        };
    }

    private static int WholeSeconds(TimeSpan span) => (int)Math.Round(Math.Max(0, span.TotalSeconds), MidpointRounding.AwayFromZero);
}
