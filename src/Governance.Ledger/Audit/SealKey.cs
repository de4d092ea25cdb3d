using System.Security.Cryptography;

namespace Governance.Ledger.Audit;

/// <summary>
/// The secret the ledger seals every event it appends with (HMAC-SHA-256), so that a row written by anyone else, or
/// copied, or edited, is named by verify. It is never stored in the database: the file
/// <c>Governance:Audit:SealKeyFile</c> (base64, 32 bytes or more), or one generated on first start in the data
/// directory. Every node of one ledger must use the same file.
/// </summary>
public sealed class SealKey
{
    private SealKey(byte[] secret, bool configured) => (Secret, Configured) = (secret, configured);

    public byte[] Secret { get; }

    /// <summary>False when the key was generated in the data directory rather than configured.</summary>
    public bool Configured { get; }

    public static SealKey From(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["Governance:Audit:SealKeyFile"];
        var file = configured is { Length: > 0 } ? configured : Path.Combine(dataDirectory, "keys", "event-seal.key");
        if (File.Exists(file))
        {
            var secret = Convert.FromBase64String(File.ReadAllText(file).Trim());
            if (secret.Length < 32) throw new InvalidOperationException($"The seal key in {file} is shorter than 32 bytes.");
            return new SealKey(secret, configured is { Length: > 0 });
        }

        var generated = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Convert.ToBase64String(generated));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new SealKey(generated, configured: false);
    }

    /// <summary>A key of its own for a store that is measured or rebuilt, never verified against the ledger's.</summary>
    public static SealKey Ephemeral() => new(RandomNumberGenerator.GetBytes(32), configured: false);
}
