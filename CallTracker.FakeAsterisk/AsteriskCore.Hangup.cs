using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Hanging up: the event sequences of the recordings (transcripts 02, 05, 09, 10, 11, 12, 17).</summary>
internal sealed partial class AsteriskCore
{
    public void HangupFromRest(string channelId, string? reason, string? reasonCode)
    {
        var channel = RequireChannel(channelId);
        var cause = HangupCauses.NormalClearing;
        if (!string.IsNullOrEmpty(reasonCode))
        {
            if (!int.TryParse(reasonCode, System.Globalization.CultureInfo.InvariantCulture, out cause))
            {
                throw new SimAriError(400, "Invalid reason for hangup reason provided");
            }
        }
        else if (!string.IsNullOrEmpty(reason) && !HangupCauses.TryFromReason(reason, out cause))
        {
            throw new SimAriError(400, "Invalid reason for hangup reason provided");
        }

        Hangup(channel, HangupKind.Explicit, cause);
    }

    /// <summary>
    /// Hangs <paramref name="channel"/> up: request, media stopped, bridge left, StasisEnd and STASISSTATUS, the
    /// dialplan's own soft hangup, ChannelDestroyed; then the other half hangs up with the same cause.
    /// </summary>
    public void Hangup(SimChannel channel, HangupKind kind, int cause)
    {
        if (channel.HangupStarted || channel.Destroyed)
        {
            return;
        }

        channel.HangupStarted = true;
        channel.DialTimer?.Cancel();
        channel.HangupCause = kind == HangupKind.Timeout ? HangupCauses.NoAnswer : cause;
        switch (kind)
        {
            case HangupKind.Explicit:
            case HangupKind.Timeout:
                EmitHangupRequest(channel, HangupCauses.SoftHangupRequest, soft: true);
                break;
            case HangupKind.Remote:
                EmitHangupRequest(channel, cause, soft: false);
                if (channel.External is { } party)
                {
                    party.HangupCauseHeard = cause;
                }

                break;
            case HangupKind.Self:
                EmitHangupRequest(channel, cause, soft: true);
                break;
            default:
                break;
        }

        StopMediaForHangup(channel);
        if (channel.Bridge is not null)
        {
            LeaveBridge(channel);
        }

        var wasInStasis = channel.StasisApp is not null;
        if (wasInStasis)
        {
            ExitStasis(channel);
            if (channel.RunsDialplan && kind != HangupKind.Vanish)
            {
                EmitHangupRequest(channel, HangupCauses.NormalClearing, soft: true);
            }
        }

        if (channel.DialplanDial is { Ended: false } dial)
        {
            DialplanCallerHungUp(channel, dial);
        }

        // Transcripts 14b, 19: an originated channel given up before an answer, and a dialplan Dial()'s leg, end with Dial NOANSWER.
        var unanswered = channel.DialMode == DialMode.DialplanDial
            || (channel.DialMode == DialMode.Originate && kind is HangupKind.Remote or HangupKind.Explicit);
        if (unanswered && !channel.DialDone)
        {
            channel.DialDone = true;
            EmitDial(channel, "NOANSWER");
        }

        Destroy(channel);
        if (channel.Peer is { HangupStarted: false } peer)
        {
            Hangup(peer, HangupKind.Remote, channel.HangupCause);
        }

        if (channel.DialplanDial is { Leg.HangupStarted: false } own)
        {
            Hangup(own.Leg, HangupKind.Remote, channel.HangupCause);
        }

        if (channel.DialMode == DialMode.DialplanDial)
        {
            DialplanLegGone(channel);
        }
    }

    private void Destroy(SimChannel channel)
    {
        channel.Destroyed = true;
        channel.AppName = channel.InitialAppName;
        channel.AppData = channel.InitialAppData;
        var ev = NewEvent("ChannelDestroyed");
        ev["cause"] = channel.HangupCause;
        ev["cause_txt"] = HangupCauses.Text(channel.HangupCause);
        EmitChannel(channel, ev);
        if (channel.Peer is { EverBridged: true } peer && channel.Name.StartsWith("Local/", StringComparison.Ordinal))
        {
            // Transcripts 05, 12, 13, 16: a Local half whose peer was bridged takes over the connected line the bridge
            // gave its peer as its own caller id, reported after its destruction.
            channel.Caller = peer.Connected;
            EmitCallerId(channel);
        }

        foreach (var app in channel.AppRefs.Keys.ToList())
        {
            App(app).ChannelOrder.Remove(channel);
        }

        channel.AppRefs.Clear();
        _channels.Remove(channel);
        channel.External?.MarkHungUp();
        if (channel.Peer?.External is { } peerParty)
        {
            peerParty.NotifyState(channel.State);
        }
    }

    private void StopMediaForHangup(SimChannel channel)
    {
        channel.PendingDtmf.Clear();
        foreach (var queued in channel.QueuedPlaybacks)
        {
            _playbacks.Remove(queued);
        }

        channel.QueuedPlaybacks.Clear();
        if (channel.CurrentPlayback is { } playback)
        {
            FinishPlayback(playback, "failed");
        }

        foreach (var recording in channel.Recordings.ToList())
        {
            FinishRecording(recording, keep: true);
        }

        channel.SilenceGenerator = false;
        channel.Talks = false;
        AudioChanged(channel);
    }

    public JsonObject ChannelJson(string channelId) => AriJson.Channel(RequireChannel(channelId));
}
