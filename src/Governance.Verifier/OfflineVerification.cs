using System.Security.Cryptography;
using System.Text.Json;
using Governance.Domain.Audit;

namespace Governance.Verifier;

/// <summary>
/// Checks an export on the auditor's own machine: the checkpoint's signature with the public key, the whole chain
/// recomputed from its links up to the checkpoint, and every exported event against its link. Trusts nothing in the
/// export but what the key and the hashes prove; pass your own copy of the key with --public-key so as not to trust
/// the one in the export either. Exit code 0: intact; 1: tampered; 2: the export could not be read.
/// </summary>
public static class OfflineVerification
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length is not (1 or 3) || args.Length == 3 && args[1] != "--public-key")
        {
            output.WriteLine("usage: Governance.Verifier EXPORT_FOLDER [--public-key PUBLIC_KEY.pem]");
            return 2;
        }

        var folder = args[0];
        try
        {
            var keyFile = args.Length == 3 ? args[2] : Path.Combine(folder, ExportFormat.PublicKey);
            if (args.Length == 1)
                output.WriteLine("Using the public key inside the export; pass --public-key with your own copy to check it too.");
            using var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(keyFile));

            var manifest = ExportFormat.Read<ExportManifest>(Path.Combine(folder, ExportFormat.Manifest));
            var checkpoint = ExportFormat.Read<Checkpoint>(Path.Combine(folder, ExportFormat.Checkpoint));
            var links = ExportFormat.ReadLines<ChainLink>(Path.Combine(folder, ExportFormat.Chain)).ToList();
            var events = ExportFormat.ReadLines<RecordedEventFields>(Path.Combine(folder, ExportFormat.Events)).ToList();

            var report = ChainVerifier.Verify(events, links, [checkpoint], key,
                completeLog: manifest.Scope == ExportManifest.WholeLedger);
            var problem = report.FirstProblem
                          ?? (checkpoint.Sequence != manifest.Through || links.Count == 0 || links[^1].Sequence != checkpoint.Sequence
                              ? new TamperFinding(checkpoint.Sequence, TamperKind.CheckpointMismatch,
                                  $"The export says it runs through {manifest.Through}, its chain through {(links.Count == 0 ? 0 : links[^1].Sequence)}, its checkpoint through {checkpoint.Sequence}.")
                              : null)
                          ?? (events.Count != manifest.Events
                              ? new TamperFinding(manifest.Through, TamperKind.Missing,
                                  $"The manifest lists {manifest.Events} events; the export holds {events.Count}.")
                              : null);

            if (problem is not null)
            {
                output.WriteLine($"TAMPERED: {problem.Kind} at sequence {problem.Sequence}: {problem.Detail}");
                return 1;
            }

            output.WriteLine($"INTACT: {events.Count} events ({manifest.Scope}) and {links.Count} links through " +
                             $"{checkpoint.Sequence}, checkpoint signed {checkpoint.SignedAt:O} by key {checkpoint.KeyId}.");
            return 0;
        }
        catch (Exception e) when (e is IOException or JsonException or FormatException or CryptographicException
                                      or ArgumentException)
        {
            output.WriteLine($"UNREADABLE: {e.Message}");
            return 2;
        }
    }
}
