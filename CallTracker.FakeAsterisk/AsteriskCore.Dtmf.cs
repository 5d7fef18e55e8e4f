using System.Globalization;

namespace CallTracker.Fakes;

/// <summary>DTMF: one ChannelDtmfReceived per digit at the end of the digit (transcripts 02, 05, 07, 12, 15, 16).</summary>
internal sealed partial class AsteriskCore
{
    /// <summary>Transcript 15: a digit of <c>duration</c> ms ends <c>100 + duration</c> ms after the request.</summary>
    private const int DtmfLatencyMilliseconds = 100;

    public void SendDtmfFromRest(string channelId, string? dtmf, int before, int between, int duration)
    {
        if (string.IsNullOrEmpty(dtmf))
        {
            throw new SimAriError(400, "DTMF is required");
        }

        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        SendDtmf(channel, dtmf, before, between, duration);
    }

    /// <summary>
    /// <paramref name="sender"/> sends digits to its far end. While it is itself playing something the digits wait
    /// for the playback to end (transcript 16).
    /// </summary>
    public void SendDtmf(SimChannel sender, string digits, int before, int between, int duration)
    {
        if (sender.CurrentPlayback is not null)
        {
            sender.PendingDtmf.Enqueue(new PendingDtmf(digits, before, between, duration));
            return;
        }

        var at = TimeSpan.FromMilliseconds(before + DtmfLatencyMilliseconds);
        foreach (var digit in digits)
        {
            if (digit is 'w' or 'W')
            {
                at += TimeSpan.FromMilliseconds(digit == 'w' ? 500 : 1000);
                continue;
            }

            at += TimeSpan.FromMilliseconds(duration);
            var text = digit.ToString(CultureInfo.InvariantCulture);
            Schedule(at, () => DeliverDtmf(sender, text, duration));
            at += TimeSpan.FromMilliseconds(between);
        }
    }

    private void SendPendingDtmf(SimChannel channel)
    {
        while (channel.PendingDtmf.Count > 0 && channel.CurrentPlayback is null && !channel.HangupStarted)
        {
            var pending = channel.PendingDtmf.Dequeue();
            SendDtmf(channel, pending.Digits, pending.Before, pending.Between, pending.Duration);
        }
    }

    private void DeliverDtmf(SimChannel sender, string digit, int duration)
    {
        if (sender.Destroyed || sender.Peer is not { Destroyed: false } receiver)
        {
            return;
        }

        if (receiver.External is { } party)
        {
            party.DtmfHeard.Append(digit);
            return;
        }

        ReceiveDtmf(receiver, digit, duration);
    }

    private void ReceiveDtmf(SimChannel channel, string digit, int duration)
    {
        var ev = NewEvent("ChannelDtmfReceived");
        ev["digit"] = digit;
        ev["duration_ms"] = duration;
        EmitChannel(channel, ev);
        foreach (var recording in channel.Recordings.ToList())
        {
            if (recording.TerminateOn == "any" || recording.TerminateOn == digit)
            {
                FinishRecording(recording, keep: true);
            }
        }

        if (channel.Bridge is { } bridge)
        {
            foreach (var member in bridge.Channels.Where(c => c != channel).ToList())
            {
                DeliverDtmf(member, digit, duration);
            }
        }
    }
}
