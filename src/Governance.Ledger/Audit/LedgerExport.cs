using System.Text.Json;
using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>
/// Writes what an auditor needs to check the ledger on their own machine: the events (all, or one footprint's) as
/// JSON Lines exactly as stored, every link of the chain, a checkpoint signed now, and the public key.
/// </summary>
public sealed class LedgerExport(LedgerLog log, AuditTrail audit, CheckpointKey key, IDocumentStore store, TimeProvider clock)
{
    public async Task<ExportManifest> WriteAsync(string directory, string? footprint, CancellationToken cancellation)
    {
        var checkpoint = await audit.CheckpointAsync(cancellation)
                         ?? throw new InvalidOperationException("Nothing is chained yet, so there is nothing to export.");
        string[]? streams = null;
        if (footprint is not null)
        {
            await using var session = store.QuerySession();
            streams = await FootprintStreams.OfAsync(session, footprint, cancellation);
        }

        Directory.CreateDirectory(directory);
        var events = WriteLines(Path.Combine(directory, ExportFormat.Events), log.Read(0, checkpoint.Sequence, streams));
        WriteLines(Path.Combine(directory, ExportFormat.Chain), log.ReadLinks().Where(l => l.Sequence <= checkpoint.Sequence));
        await File.WriteAllTextAsync(Path.Combine(directory, ExportFormat.Checkpoint),
            JsonSerializer.Serialize(checkpoint, ExportFormat.Json), cancellation);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportFormat.PublicKey), key.PublicKeyPem, cancellation);

        var manifest = new ExportManifest(footprint is null ? ExportManifest.WholeLedger : $"footprint:{footprint}",
            checkpoint.Sequence, events, clock.GetUtcNow(), key.KeyId);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportFormat.Manifest),
            JsonSerializer.Serialize(manifest, ExportFormat.Json), cancellation);
        return manifest;
    }

    private static int WriteLines<T>(string path, IEnumerable<T> records)
    {
        using var writer = new StreamWriter(path);
        var count = 0;
        foreach (var record in records)
        {
            writer.Write(JsonSerializer.Serialize(record, ExportFormat.Json));
            writer.Write('\n');
            count++;
        }

        return count;
    }
}
