namespace Governance.Domain.Audit;

/// <summary>One file of an open-data archive and the SHA-256 of its bytes.</summary>
public sealed record OpenDataFile(string Name, string Sha256, long Bytes);

/// <summary>What an open-data archive holds and the signed checkpoint it was cut at: every file in it is a public view
/// of the events through <see cref="Checkpoint"/>'s sequence, read as the ledger knew them when that event was recorded.</summary>
/// <param name="KnownAt">When the last event the checkpoint covers was recorded: the views are read as known then.</param>
public sealed record OpenDataManifest(string Title, DateOnly AsOf, DateTimeOffset KnownAt, Checkpoint Checkpoint,
    IReadOnlyList<OpenDataFile> Files)
{
    public const string FileName = "manifest.json";
    public const string SignatureFile = "manifest.sig";
    public const string PublicKey = "public-key.pem";

    /// <summary>What the ledger signs so that a changed file cannot be hidden by changing the manifest too: a line naming
    /// what this is, then the manifest's bytes as they stand in the archive.</summary>
    public static byte[] SignedBytes(byte[] manifest) =>
        [.. System.Text.Encoding.UTF8.GetBytes("stp-governance-ledger/open-data-manifest/v1\n"), .. manifest];

    public static string Sign(byte[] manifest, System.Security.Cryptography.ECDsa key) =>
        Convert.ToBase64String(key.SignData(SignedBytes(manifest), System.Security.Cryptography.HashAlgorithmName.SHA256));

    public static bool IsSignedBy(byte[] manifest, string signature, System.Security.Cryptography.ECDsa key)
    {
        try
        {
            return key.VerifyData(SignedBytes(manifest), Convert.FromBase64String(signature.Trim()),
                System.Security.Cryptography.HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
