using Governance.Domain.Footprints;
using Marten.Exceptions;

namespace Governance.Ledger.Footprints.ReferenceHistory;

public enum ImportOutcome
{
    Imported,
    AlreadyImported,

    /// <summary>An earlier import used other reference files; the ledger keeps what it recorded then.</summary>
    AlreadyImportedFromOtherData,
}

/// <summary>Appends the reference history in one transaction, once: a second run finds the marker and adds nothing.</summary>
public static class ReferenceHistoryImport
{
    public static async Task<ImportOutcome> RunAsync(IDocumentStore store, ReferenceDataSet data, TimeProvider clock,
        CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var marker = await session.Events.FetchStreamAsync(ReferenceHistoryImported.StreamKey, token: cancellation);
        if (marker.FirstOrDefault()?.Data is ReferenceHistoryImported imported)
        {
            return imported.DataChecksum == data.Checksum
                ? ImportOutcome.AlreadyImported
                : ImportOutcome.AlreadyImportedFromOtherData;
        }

        var plan = ReferenceHistoryPlan.From(data);
        session.LastModifiedBy = ReferenceHistoryPlan.RecordedBy;
        session.CorrelationId = $"reference-import:{data.Checksum[..16]}";
        foreach (var stream in plan)
        {
            if (stream.Events[0] is FootprintEstablished)
                session.Events.StartStream<FootprintTimeline>(stream.Key, stream.Events);
            else
                session.Events.StartStream(stream.Key, stream.Events);
        }

        session.Events.StartStream(ReferenceHistoryImported.StreamKey, new ReferenceHistoryImported(
            data.Checksum, plan.Count, plan.Sum(stream => stream.Events.Count),
            EffectiveDate.OnDay(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            new Provenance(ReferenceHistoryPlan.RecordedBy, OnBehalfOf: null,
                new SourceDocument("ReferenceData/ (sourced CSV files shipped with the ledger)", data.Checksum))));

        try
        {
            await session.SaveChangesAsync(cancellation);
            return ImportOutcome.Imported;
        }
        catch (ExistingStreamIdCollisionException)
        {
            // Another process imported it between our check and our commit; its import stands, ours adds nothing.
            return ImportOutcome.AlreadyImported;
        }
    }
}
