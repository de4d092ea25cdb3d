using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Domain.Audit;

/// <summary>
/// A signed digest of the log: the chain's hash through <see cref="Sequence"/>, signed with the ledger's ECDSA P-256
/// key. Kept outside the ledger, it later proves that the log up to that sequence is unchanged: recompute the chain
/// and compare. (A hash chain's head commits to every event before it, so this does what a Merkle consistency proof
/// does for anyone who holds the log itself, which an auditor with an export does.)
/// </summary>
public sealed record Checkpoint(long Sequence, string ChainHash, DateTimeOffset SignedAt, string KeyId, string Signature)
{
    public const string Algorithm = "ECDSA P-256 SHA-256";

    public static byte[] SignedBytes(long sequence, string chainHash, DateTimeOffset signedAt, string keyId) =>
        Encoding.UTF8.GetBytes(string.Join('\n', "stp-governance-ledger/checkpoint/v1",
            sequence.ToString(CultureInfo.InvariantCulture), chainHash,
            signedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), keyId));

    public static Checkpoint Sign(long sequence, string chainHash, DateTimeOffset signedAt, ECDsa key)
    {
        var keyId = KeyIdOf(key);
        var signature = key.SignData(SignedBytes(sequence, chainHash, signedAt, keyId), HashAlgorithmName.SHA256);
        return new Checkpoint(sequence, chainHash, signedAt.ToUniversalTime(), keyId, Convert.ToBase64String(signature));
    }

    public bool IsSignedBy(ECDsa publicKey) =>
        KeyId == KeyIdOf(publicKey) &&
        publicKey.VerifyData(SignedBytes(Sequence, ChainHash, SignedAt, KeyId), Convert.FromBase64String(Signature),
            HashAlgorithmName.SHA256);

    /// <summary>The first 16 hex digits of the SHA-256 of the public key: names which key signed.</summary>
    public static string KeyIdOf(ECDsa key) =>
        HashChain.Hex(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
