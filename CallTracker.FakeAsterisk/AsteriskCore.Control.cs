namespace CallTracker.Fakes;

/// <summary>The simpler channel controls: answer, ring, MOH, silence, hold, mute (continue runs the dialplan: AsteriskCore.Dialplan).</summary>
internal sealed partial class AsteriskCore
{
    public void Answer(string channelId)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        if (channel.IsCallee)
        {
            CalleeAnswer(channel);
        }
        else
        {
            SetState(channel, "Up");
        }
    }

    public void Ring(string channelId, bool start)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        if (start && channel.IsCallee)
        {
            CalleeRing(channel);
        }
    }

    /// <summary>MOH, silence, hold and mute: accepted (204) for a channel in Stasis; MOH and silence count as frames.</summary>
    public void ChannelControl(string channelId, string control, bool start)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        switch (control)
        {
            case "moh":
                channel.Moh = start;
                channel.SilenceGenerator = start;
                break;
            case "silence":
                channel.SilenceGenerator = start;
                break;
            default:
                break;
        }

        AudioChanged(channel);
    }
}
