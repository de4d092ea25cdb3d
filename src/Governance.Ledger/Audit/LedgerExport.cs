using System.Text.Json;
using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>
/// Writes what an auditor needs to check the ledger on their own machine: the rows (all, or one footprint's) as JSON
/// Lines exactly as stored, every link of the chain, every checkpoint the ledger signed, the public key, and a
/// checkpoint signed now, which the ledger signs only after verifying the log itself: when it finds a problem it signs
/// nothing and says what it found in the manifest.
/// </summary>
public sealed class LedgerExport(LedgerLog log, AuditTrail audit, CheckpointKey key, IDocumentStore store, TimeProvider clock)
{
    public async Task<ExportManifest> WriteAsync(string directory, string? footprint, CancellationToken cancellation)
    {
        var (signed, refused) = await audit.CheckpointAsync(cancellation);
        var through = signed?.Sequence ?? (await audit.StatusAsync(cancellation)).LastChained;
        if (through == 0) throw new InvalidOperationException("Nothing is chained yet, so there is nothing to export.");
        string[]? streams = null;
        if (footprint is not null)
        {
            await using var session = store.QuerySession();
            streams = await FootprintStreams.OfAsync(session, footprint, cancellation);
        }

        Directory.CreateDirectory(directory);
        var events = WriteLines(Path.Combine(directory, ExportFormat.Events), log.Read(0, through, streams));
        WriteLines(Path.Combine(directory, ExportFormat.Chain), log.ReadLinks(through));
        await WriteJsonAsync(Path.Combine(directory, ExportFormat.Checkpoints), await audit.StoredCheckpointsAsync(cancellation), cancellation);
        if (signed is not null) await WriteJsonAsync(Path.Combine(directory, ExportFormat.Checkpoint), signed, cancellation);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportFormat.PublicKey), key.PublicKeyPem, cancellation);

        var manifest = new ExportManifest(footprint is null ? ExportManifest.WholeLedger : $"footprint:{footprint}",
            through, events, clock.GetUtcNow(), key.KeyId, refused);
        await WriteJsonAsync(Path.Combine(directory, ExportFormat.Manifest), manifest, cancellation);
        return manifest;
    }

    private static Task WriteJsonAsync<T>(string path, T value, CancellationToken cancellation) =>
        File.WriteAllTextAsync(path, JsonSerializer.Serialize(value, ExportFormat.Json), cancellation);

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
