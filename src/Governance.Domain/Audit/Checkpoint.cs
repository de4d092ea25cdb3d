using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Domain.Audit;

/// <summary>
/// A signed digest of the log: the chain's hash through <see cref="Sequence"/>, signed with the ledger's ECDSA P-256
/// key. Kept outside the ledger, it later proves that the log up to that sequence is unchanged: recompute the chain
/// and compare. (A hash chain's head commits to every event before it, so this does what a Merkle consistency proof
/// does for anyone who holds the log itself, which an auditor with an export does.) It also bounds recorded times:
/// every event it covers existed when it was signed.
/// </summary>
public sealed record Checkpoint(long Sequence, string ChainHash, DateTimeOffset SignedAt, string KeyId, string Signature)
{
    public const string Algorithm = "ECDSA P-256 SHA-256, signature r||s (IEEE P1363, 64 bytes) in base64";

    /// <summary>The signed message: five lines joined by "\n" (no final newline), UTF-8.</summary>
    public static byte[] SignedBytes(long sequence, string chainHash, DateTimeOffset signedAt, string keyId) =>
        Encoding.UTF8.GetBytes(string.Join('\n', "stp-governance-ledger/checkpoint/v2",
            sequence.ToString(CultureInfo.InvariantCulture), chainHash, TimeText(signedAt), keyId));

    /// <summary>UTC to the microsecond: "2026-11-24T09:30:00.123456Z".</summary>
    public static string TimeText(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static Checkpoint Sign(long sequence, string chainHash, DateTimeOffset signedAt, ECDsa key)
    {
        var at = new DateTimeOffset(signedAt.UtcTicks - signedAt.UtcTicks % 10, TimeSpan.Zero);
        var keyId = KeyIdOf(key);
        var signature = key.SignData(SignedBytes(sequence, chainHash, at, keyId), HashAlgorithmName.SHA256);
        return new Checkpoint(sequence, chainHash, at, keyId, Convert.ToBase64String(signature));
    }

    public bool IsSignedBy(ECDsa publicKey)
    {
        try
        {
            return KeyId == KeyIdOf(publicKey) &&
                   publicKey.VerifyData(SignedBytes(Sequence, ChainHash, SignedAt, KeyId),
                       Convert.FromBase64String(Signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the public key (DER SubjectPublicKeyInfo): names which key
    /// signed.</summary>
    public static string KeyIdOf(ECDsa key) =>
        HashChain.Hex(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
