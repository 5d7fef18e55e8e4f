using System.Globalization;
using System.Text;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>A query string whose null values are left out, as ARI treats a missing parameter as "use the default".</summary>
internal sealed class AriQuery
{
    private readonly StringBuilder text = new();

    public AriQuery Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        text.Append(text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    public AriQuery Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public AriQuery Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public override string ToString() => text.ToString();
}
