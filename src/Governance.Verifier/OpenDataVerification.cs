using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Governance.Domain.Audit;

namespace Governance.Verifier;

/// <summary>
/// Checks an open-data archive on the reader's own machine: every file against the SHA-256 and length its manifest
/// gives, nothing in the archive the manifest does not list, the manifest's own signature, and the checkpoint it was cut
/// at, both against the ledger's public key (the reader's own copy with --public-key, else the one inside). Exit code 0: intact; 1: tampered; 2: the
/// archive could not be read. The checkpoint's chain hash can then be compared with an export of the ledger.
/// </summary>
public static class OpenDataVerification
{
    public const string Usage = "usage: Governance.Verifier open-data ARCHIVE.zip [--public-key PUBLIC_KEY.pem]";

    public static int Run(string[] args, TextWriter output)
    {
        if (args is not ([_] or [_, "--public-key", _]))
        {
            output.WriteLine(Usage);
            return 2;
        }

        var zipPath = args[0];
        var keyPath = args.Length == 3 ? args[2] : null;
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            var manifestBytes = Read(archive, OpenDataManifest.FileName);
            var manifest = JsonSerializer.Deserialize<OpenDataManifest>(manifestBytes, ExportFormat.Json)
                           ?? throw new FormatException("The manifest is empty.");
            var listed = manifest.Files.Select(f => f.Name).Append(OpenDataManifest.FileName).Append(OpenDataManifest.SignatureFile).ToHashSet();
            if (archive.Entries.FirstOrDefault(e => !listed.Contains(e.FullName)) is { } extra)
                return Tampered(output, $"{extra.FullName} is in the archive but not in its manifest.");
            foreach (var file in manifest.Files)
            {
                if (archive.GetEntry(file.Name) is null) return Tampered(output, $"{file.Name} is in the manifest but not in the archive.");
                var bytes = Read(archive, file.Name);
                if (bytes.Length != file.Bytes || Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
                    return Tampered(output, $"{file.Name} does not match its checksum in the manifest.");
            }

            using var key = ECDsa.Create();
            key.ImportFromPem(keyPath is null
                ? System.Text.Encoding.UTF8.GetString(Read(archive, OpenDataManifest.PublicKey))
                : File.ReadAllText(keyPath));
            if (!OpenDataManifest.IsSignedBy(manifestBytes, System.Text.Encoding.UTF8.GetString(Read(archive, OpenDataManifest.SignatureFile)), key))
                return Tampered(output, "The manifest is not signed by this key.");
            if (!manifest.Checkpoint.IsSignedBy(key))
                return Tampered(output, $"The checkpoint at sequence {manifest.Checkpoint.Sequence} is not signed by this key.");

            output.WriteLine($"INTACT: {manifest.Files.Count} files as at {manifest.AsOf:yyyy-MM-dd}, cut at the checkpoint of sequence " +
                             $"{manifest.Checkpoint.Sequence} (chain hash {manifest.Checkpoint.ChainHash}) signed " +
                             $"{Checkpoint.TimeText(manifest.Checkpoint.SignedAt)} by key {manifest.Checkpoint.KeyId}" +
                             (keyPath is null ? "; pass --public-key with your own copy of the key to check the key too." : "."));
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or FormatException or CryptographicException
                                      or ArgumentException or UnauthorizedAccessException)
        {
            output.WriteLine($"UNREADABLE: {e.Message}");
            return 2;
        }
    }

    private static byte[] Read(ZipArchive archive, string name)
    {
        using var stream = (archive.GetEntry(name) ?? throw new FileNotFoundException($"The archive has no {name}.")).Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Tampered(TextWriter output, string why)
    {
        output.WriteLine($"TAMPERED: {why}");
        return 1;
    }
}
