using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CallTracker.Store;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Tracking;

/// <summary>
/// Visitor ids the service issues and signs (HMAC-SHA256 with a key kept beside the database), so a client can
/// only present an id it was given: one that makes up or copies the form of another visitor's id gets a new one.
/// </summary>
public sealed class VisitorIds
{
    public const string KeyFileName = "visitor-ids.key";

    // 16 random bytes and 16 bytes of signature, base64url: 22 + 22 characters, within the snippet's [A-Za-z0-9_-]{8,64}.
    private const int PartLength = 22;

    private readonly Lazy<byte[]> key;

    public VisitorIds(IOptions<StoreOptions> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        KeyPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Value.DatabasePath))!, KeyFileName);
        key = new Lazy<byte[]>(LoadOrCreateKey);
    }

    public string KeyPath { get; }

    public string Issue()
    {
        var random = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        return random + Sign(random);
    }

    public bool IsGenuine(string? id) =>
        id is { Length: 2 * PartLength }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(id[..PartLength])), Encoding.ASCII.GetBytes(id[PartLength..]));

    private string Sign(string random) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key.Value, Encoding.ASCII.GetBytes("visitor:" + random)).AsSpan(0, 16));

    /// <summary>Made once, readable by the service's account only; losing it only gives returning visitors new ids.</summary>
    private byte[] LoadOrCreateKey()
    {
        if (File.Exists(KeyPath))
        {
            return File.ReadAllBytes(KeyPath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        var created = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(KeyPath, options);
            file.Write(created);
            return created;
        }
        catch (IOException) when (File.Exists(KeyPath))
        {
            // Another process of the same service wrote it first: theirs is the key.
            return File.ReadAllBytes(KeyPath);
        }
    }
}
