using System.Security.Cryptography;
using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>
/// The ECDSA P-256 key that signs checkpoints: the PEM file <c>Governance:Audit:CheckpointKeyFile</c>, or one generated
/// on first start in the data directory. Its public half is published for auditors to keep.
/// </summary>
public sealed class CheckpointKey
{
    private readonly ECDsa _key;

    private CheckpointKey(ECDsa key, bool configured) => (_key, Configured) = (key, configured);

    /// <summary>False when the key was generated in the data directory rather than configured.</summary>
    public bool Configured { get; }

    public static CheckpointKey From(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["Governance:Audit:CheckpointKeyFile"];
        var file = configured is { Length: > 0 } ? configured : Path.Combine(dataDirectory, "keys", "checkpoint-signing.pem");
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(file))
        {
            key.ImportFromPem(File.ReadAllText(file));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new CheckpointKey(key, configured is { Length: > 0 });
    }

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public string KeyId => Checkpoint.KeyIdOf(_key);

    public Checkpoint Sign(long sequence, string chainHash, DateTimeOffset at) => Checkpoint.Sign(sequence, chainHash, at, _key);

    public string SignOpenDataManifest(byte[] manifest) => OpenDataManifest.Sign(manifest, _key);

    /// <summary>A verifier's copy of the public key alone, as an auditor would hold it.</summary>
    public static ECDsa PublicKeyFrom(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }
}
