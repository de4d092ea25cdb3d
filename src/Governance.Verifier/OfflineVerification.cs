using System.Security.Cryptography;
using System.Text.Json;
using Governance.Domain.Audit;

namespace Governance.Verifier;

/// <summary>
/// Checks an export on the auditor's own machine: every checkpoint's signature with the public key (the auditor's
/// own, the ledger's stored ones, and the one signed at export), the whole chain recomputed from its links, every
/// exported row against its link, and that checkpoints cover the whole export. Trusts nothing in the export but what
/// the key and the hashes prove: pass your own copy of the key with --public-key, and the checkpoints you kept with
/// --checkpoint (repeatable); a checkpoint made at export time never outranks one you hold. Exit code 0: intact;
/// 1: tampered; 2: the export could not be read.
/// </summary>
public static class OfflineVerification
{
    private const string Usage =
        "usage: Governance.Verifier EXPORT_FOLDER [--public-key PUBLIC_KEY.pem] [--checkpoint CHECKPOINT.json ...]\n" +
        "   or: Governance.Verifier open-data ARCHIVE.zip [--public-key PUBLIC_KEY.pem]";

    public static int Run(string[] args, TextWriter output)
    {
        if (args is ["open-data", .. var rest]) return OpenDataVerification.Run(rest, output);
        if (Options.Parse(args) is not { } options)
        {
            output.WriteLine(Usage);
            return 2;
        }

        try
        {
            if (options.PublicKey is null)
                output.WriteLine("Using the public key inside the export; pass --public-key with your own copy to check it too.");
            using var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(options.PublicKey ?? Path.Combine(options.Folder, ExportFormat.PublicKey)));

            var export = Export.Read(options.Folder);
            var held = options.Checkpoints.Select(ExportFormat.Read<Checkpoint>).ToList();
            var checkpoints = (List<Checkpoint>)[.. export.Stored, .. export.Signed is null ? [] : new[] { export.Signed }, .. held];
            var report = ChainVerifier.Verify(new VerificationInput(export.Events, export.Links, checkpoints, key,
                CompleteLog: export.Manifest.Scope == ExportManifest.WholeLedger));
            var problem = report.FirstProblem ?? Consistency(export) ?? Coverage(export, checkpoints);
            if (problem is not null)
            {
                output.WriteLine($"TAMPERED: {problem.Kind} at sequence {problem.Sequence}: {problem.Detail}");
                return 1;
            }

            output.WriteLine($"INTACT: {export.Events.Count} events ({export.Manifest.Scope}) and {export.Links.Count} links through " +
                             $"{export.Manifest.Through}, checked against {checkpoints.Count} checkpoints ({held.Count} of yours), " +
                             $"the export's signed {Checkpoint.TimeText(export.Signed!.SignedAt)} by key {export.Signed.KeyId}.");
            return 0;
        }
        catch (Exception e) when (e is IOException or JsonException or FormatException or CryptographicException
                                      or ArgumentException or UnauthorizedAccessException)
        {
            output.WriteLine($"UNREADABLE: {e.Message}");
            return 2;
        }
    }

    private static TamperFinding? Consistency(Export export)
    {
        var lastLink = export.Links.Count == 0 ? 0 : export.Links[^1].Sequence;
        if (lastLink != export.Manifest.Through)
            return new(Math.Min(lastLink, export.Manifest.Through) + 1, TamperKind.Missing,
                $"The export says it runs through {export.Manifest.Through}, but its chain ends at {lastLink}.");
        return export.Events.Count != export.Manifest.Events
            ? new(export.Manifest.Through, TamperKind.Missing,
                $"The manifest lists {export.Manifest.Events} events; the export holds {export.Events.Count}.")
            : null;
    }

    /// <summary>Links after the last checkpoint are vouched for by no signature.</summary>
    private static TamperFinding? Coverage(Export export, List<Checkpoint> checkpoints)
    {
        var covered = checkpoints.Count == 0 ? 0 : checkpoints.Max(c => c.Sequence);
        if (covered >= export.Manifest.Through && export.Signed is not null) return null;
        var why = export.Manifest.LedgerFinding is { } found
            ? $" The ledger refused to sign this export; it says it found {found.Kind} at sequence {found.Sequence}: {found.Detail}"
            : " The export carries no checkpoint of its own.";
        return new(covered + 1, TamperKind.Uncovered,
            $"The log after sequence {covered} is covered by no checkpoint signed with the ledger's key.{why}");
    }

    private sealed record Options(string Folder, string? PublicKey, List<string> Checkpoints)
    {
        public static Options? Parse(string[] args)
        {
            if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) return null;
            var options = new Options(args[0], null, []);
            for (var i = 1; i < args.Length; i += 2)
            {
                if (i + 1 >= args.Length) return null;
                switch (args[i])
                {
                    case "--public-key" when options.PublicKey is null: options = options with { PublicKey = args[i + 1] }; break;
                    case "--checkpoint": options.Checkpoints.Add(args[i + 1]); break;
                    default: return null;
                }
            }

            return options;
        }
    }

    private sealed record Export(ExportManifest Manifest, List<RecordedEventFields> Events, List<ChainLink> Links,
        List<Checkpoint> Stored, Checkpoint? Signed)
    {
        public static Export Read(string folder)
        {
            var signedFile = Path.Combine(folder, ExportFormat.Checkpoint);
            var storedFile = Path.Combine(folder, ExportFormat.Checkpoints);
            return new Export(
                ExportFormat.Read<ExportManifest>(Path.Combine(folder, ExportFormat.Manifest)),
                ExportFormat.ReadLines<RecordedEventFields>(Path.Combine(folder, ExportFormat.Events)).ToList(),
                ExportFormat.ReadLines<ChainLink>(Path.Combine(folder, ExportFormat.Chain)).ToList(),
                File.Exists(storedFile) ? ExportFormat.Read<List<Checkpoint>>(storedFile) : [],
                File.Exists(signedFile) ? ExportFormat.Read<Checkpoint>(signedFile) : null);
        }
    }
}
