using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Boards;

public static class GetFootprintBodies
{
    /// <summary>The governance bodies recorded for a footprint, earliest constituted first.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/bodies", OperationId = "ListFootprintBodies")]
    public static async Task<IReadOnlyList<BodyListing>> Get(string footprintId, RecordReader record,
        CancellationToken cancellation) =>
        await record.Listings<BodyListing>()
            .Where(body => body.FootprintId == footprintId)
            .OrderBy(body => body.ConstitutedOn)
            .ToListAsync(cancellation);
}
