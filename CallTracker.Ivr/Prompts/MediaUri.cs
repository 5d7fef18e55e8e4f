namespace CallTracker.Ivr.Prompts;

/// <summary>The media URI schemes Asterisk's ARI play understands. Any other scheme is accepted by Asterisk and then never finishes.</summary>
internal static class MediaUri
{
    public const string SoundScheme = "sound:";

    private static readonly string[] Schemes = [SoundScheme, "recording:", "number:", "digits:", "characters:", "tone:"];

    public static bool HasKnownScheme(string media) =>
        Schemes.Any(s => media.StartsWith(s, StringComparison.Ordinal) && media.Length > s.Length);

    public static bool IsSound(string media) => media.StartsWith(SoundScheme, StringComparison.Ordinal);
}
