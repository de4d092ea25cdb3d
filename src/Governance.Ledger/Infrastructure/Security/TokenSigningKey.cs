using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>
/// The key that signs and checks the ledger's own bearer tokens: <c>Governance:Auth:SigningKey</c> (base64, from a
/// secret store), or the file <c>Governance:Auth:SigningKeyFile</c>, or, when neither is set, a key generated on first
/// start in the data directory, which only a loopback-bound ledger may use.
/// </summary>
public sealed record TokenSigningKey(SymmetricSecurityKey Key, bool Explicit)
{
    public const string Issuer = "stp-governance-ledger";
    public const string Audience = "stp-governance-ledger";

    public static TokenSigningKey From(IConfiguration configuration, string dataDirectory)
    {
        if (configuration["Governance:Auth:SigningKey"] is { Length: > 0 } configured)
            return new TokenSigningKey(FromBytes(Convert.FromBase64String(configured)), Explicit: true);
        if (configuration["Governance:Auth:SigningKeyFile"] is { Length: > 0 } file)
            return new TokenSigningKey(FromBytes(Convert.FromBase64String(File.ReadAllText(file).Trim())), Explicit: true);

        var generated = Path.Combine(dataDirectory, "keys", "token-signing.key");
        if (!File.Exists(generated))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(generated)!);
            File.WriteAllText(generated, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(generated, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new TokenSigningKey(FromBytes(Convert.FromBase64String(File.ReadAllText(generated).Trim())), Explicit: false);
    }

    private static SymmetricSecurityKey FromBytes(byte[] bytes) => bytes.Length >= 32
        ? new SymmetricSecurityKey(bytes)
        : throw new InvalidOperationException("The token signing key must be at least 256 bits (32 bytes, base64).");
}
