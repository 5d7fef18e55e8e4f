using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

using CallTracker.Pbx.Calls.Journal;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// Finds channels in our Stasis app that no call owns, on every connect of the event socket. A process that died
/// (kill -9, a crash) leaves its callers in Stasis in silence, and Asterisk announces them to no one again
/// (transcript 19): each such caller is sent on in the dialplan, whose fallback rings the group; a manager whose
/// outgoing call had not been answered yet goes on likewise, and the fallback dials the number itself. A manager or
/// client leg left from the dead process is hung up, and so is a manager whose outgoing call was answered: its client
/// leg is gone with that process. What was done is stored with the call the caller belonged to.
/// </summary>
public sealed partial class StrandedChannelSweep(
    AriClient ari,
    CallRegistry registry,
    ICallRepository calls,
    CallJournal journal,
    TimeProvider time,
    ILogger<StrandedChannelSweep> logger)
{
    /// <summary>
    /// A call that entered Stasis just after the socket opened is listed in the app too, and its StasisStart is already
    /// on its way: it must reach its call before anything unowned counts as stranded.
    /// </summary>
    internal static readonly TimeSpan StasisStartGrace = TimeSpan.FromSeconds(2);

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var application = await ari.Applications.GetAsync(ari.AppName, cancellationToken);
        var unowned = application.ChannelIds.Where(id => !registry.Owns(id)).ToList();
        if (unowned.Count == 0)
        {
            return;
        }

        await Task.Delay(StasisStartGrace, time, cancellationToken);
        foreach (var channelId in unowned.Where(id => !registry.Owns(id)))
        {
            var channel = await GetAsync(channelId, cancellationToken);
            if (channel is null)
            {
                continue;
            }

            if (StasisArgsOf(channel) is { } args && (TrunkCallArgs.IsInbound(args) || (TrunkCallArgs.IsOutbound(args) && channel.State != "Up")))
            {
                await HandBackAsync(channel, cancellationToken);
            }
            else
            {
                LogLegHungUp(logger, channel.Id, channel.Name);
                await ari.Channels.HangupAsync(channel.Id, HangupReason.Normal, cancellationToken);
            }
        }
    }

    /// <summary>The arguments the channel entered our app with (after the app name), or null when it is not in Stasis(calltracker, …).</summary>
    private string[]? StasisArgsOf(Channel channel)
    {
        var data = channel.Dialplan?.AppName == "Stasis" ? (channel.Dialplan.AppData ?? "").Split(',') : [];
        return data.Length > 0 && data[0] == ari.AppName ? data[1..] : null;
    }

    private async Task HandBackAsync(Channel channel, CancellationToken cancellationToken)
    {
        try
        {
            await ari.Channels.ContinueInDialplanAsync(channel.Id, null, null, null, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound || e.IsConflict)
        {
            // The caller hung up, or left Stasis, in the meantime.
            return;
        }

        var call = await calls.FindByChannelIdAsync(channel.Id, cancellationToken);
        LogHandedBack(logger, channel.Id, channel.Caller?.Number ?? "", channel.State, call?.Id);
        if (call is null)
        {
            await journal.StartAsync(StrandedRow(channel), cancellationToken);
            return;
        }

        await journal.AppendAsync(call.Id, "StrandedHandedToDialplan", new { channel.State }, cancellationToken);
        if (call.Status is nameof(CallStatus.Interrupted) or nameof(CallStatus.InProgress))
        {
            await journal.FinishAsync(call with { Status = nameof(CallStatus.HandedToDialplan) }, cancellationToken);
        }
    }

    /// <summary>A caller whose call the store never heard of (its database was replaced, say) still gets a record.</summary>
    private CallRow StrandedRow(Channel channel)
    {
        var now = time.GetUtcNow();
        var arrived = channel.Creationtime == default || channel.Creationtime > now ? now : channel.Creationtime;
        return new CallRow
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            ChannelId = channel.Id,
            TrackingNumber = TrunkCallArgs.DialledNumber(StasisArgsOf(channel) ?? [], channel.Dialplan?.Exten),
            CallerNumber = channel.Caller?.Number ?? "",
            CallerName = string.IsNullOrEmpty(channel.Caller?.Name) ? null : channel.Caller.Name,
            RouteName = "",
            ArrivedAt = arrived,
            EndedAt = now,
            WaitSeconds = (int)Math.Round((now - arrived).TotalSeconds),
            Status = nameof(CallStatus.HandedToDialplan),
            Direction = TrunkCallArgs.IsOutbound(StasisArgsOf(channel) ?? []) ? CallRow.OutboundDirection : CallRow.InboundDirection,
        };
    }

    private async Task<Channel?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            return await ari.Channels.GetAsync(channelId, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Caller {Caller} on channel {ChannelId} ({State}) was left in Stasis by an earlier run (call {CallId}); sent on to the dialplan fallback")]
    private static partial void LogHandedBack(ILogger logger, string channelId, string caller, string state, string? callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {ChannelId} ({Name}) was left in Stasis by an earlier run and no call owns it; hung up")]
    private static partial void LogLegHungUp(ILogger logger, string channelId, string name);
}
