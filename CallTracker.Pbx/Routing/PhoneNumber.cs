namespace CallTracker.Pbx.Routing;

/// <summary>Phone numbers compared by digits, since trunks send the same DID as +7495..., 7495... or with spaces.</summary>
public static class PhoneNumber
{
    public static string Normalize(string? number) =>
        number is null ? "" : new string(number.Where(char.IsAsciiDigit).ToArray());
}
