using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>
/// Hashes of admin secrets as config stores them. Passwords are people's choice, so they get a slow salted PBKDF2;
/// API tokens are 32 random bytes, so one SHA-256 is enough and keeps every API request cheap.
/// Comparisons run in constant time.
/// </summary>
public static class SecretHash
{
    public const string PasswordPrefix = "pbkdf2-sha256$";
    public const string TokenPrefix = "sha256$";
    private const int DefaultIterations = 210_000;
    private const int HashBytes = 32;

    public static string HashPassword(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{PasswordPrefix}{iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static string HashToken(string token) => TokenPrefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A fresh API token: 32 random bytes, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True when <paramref name="hash"/> has one of the two shapes above.</summary>
    public static bool IsWellFormed(string hash) => ParsePassword(hash) is not null || ParseToken(hash) is not null;

    public static bool VerifyPassword(string password, string hash)
    {
        if (ParsePassword(hash) is not var (iterations, salt, expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool VerifyToken(string token, string hash) =>
        ParseToken(hash) is { } expected
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), expected);

    private static (int Iterations, byte[] Salt, byte[] Hash)? ParsePassword(string hash)
    {
        var parts = hash.Split('$');
        if (parts.Length != 4 || parts[0] + "$" != PasswordPrefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return null;
        }

        var salt = FromBase64(parts[2]);
        var expected = FromBase64(parts[3]);
        return salt is { Length: > 0 } && expected is { Length: > 0 } ? (iterations, salt, expected) : null;
    }

    private static byte[]? ParseToken(string hash) =>
        hash.StartsWith(TokenPrefix, StringComparison.Ordinal) && FromBase64(hash[TokenPrefix.Length..]) is { Length: HashBytes } bytes ? bytes : null;

    private static byte[]? FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
