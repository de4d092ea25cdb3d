using Marten.Exceptions;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>The events of one stream, in the order they are appended: a new stream, or one that already exists.</summary>
public sealed record PlannedStream(string Key, IReadOnlyList<ILedgerEvent> Events, bool Existing = false);

/// <summary>Data the ledger loads once: what it is called, the checksum of what it was made from, and its streams.</summary>
public sealed record ImportBatch(string Name, string Checksum, string Source, IReadOnlyList<PlannedStream> Streams)
{
    public string MarkerStream => $"import:{Name}";
}

/// <summary>Marks that a batch was imported, from which data, as how many events.</summary>
public sealed record DataImported(string Name, string DataChecksum, int Streams, int Events, EffectiveDate Effective,
    Provenance Provenance) : ILedgerEvent;

public enum ImportOutcome
{
    Imported,
    AlreadyImported,

    /// <summary>An earlier import of the same name used other data; the ledger keeps what it recorded then.</summary>
    AlreadyImportedFromOtherData,
}

/// <summary>Appends a batch in one transaction, once: a second run finds its marker stream and adds nothing. The marker
/// is started in the same transaction, so two processes racing cannot both append to existing streams.</summary>
public static class OneTimeImport
{
    public static async Task<ImportOutcome> RunAsync(IDocumentStore store, ImportBatch batch, string recordedBy,
        TimeProvider clock, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var marker = await session.Events.FetchStreamAsync(batch.MarkerStream, token: cancellation);
        if (marker.FirstOrDefault()?.Data is DataImported imported)
        {
            return imported.DataChecksum == batch.Checksum
                ? ImportOutcome.AlreadyImported
                : ImportOutcome.AlreadyImportedFromOtherData;
        }

        session.LastModifiedBy = recordedBy;
        session.CorrelationId = $"{batch.Name}:{batch.Checksum[..16]}";
        foreach (var stream in batch.Streams)
        {
            if (stream.Existing) session.Events.Append(stream.Key, stream.Events);
            else session.Events.StartStream(stream.Key, stream.Events);
        }

        session.Events.StartStream(batch.MarkerStream, new DataImported(batch.Name, batch.Checksum, batch.Streams.Count,
            batch.Streams.Sum(stream => stream.Events.Count),
            EffectiveDate.OnDay(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            new Provenance(recordedBy, OnBehalfOf: null, new SourceDocument(batch.Source, batch.Checksum))));

        try
        {
            await session.SaveChangesAsync(cancellation);
            return ImportOutcome.Imported;
        }
        catch (Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // Another process imported it between our check and our commit; its import stands, ours adds nothing.
            return ImportOutcome.AlreadyImported;
        }
    }
}
