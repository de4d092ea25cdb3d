using Governance.Ledger.Audit;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Feeds;

public static class GetOpenData
{
    /// <summary>The open-data archive: every public view (footprints, public resolutions, plans in force, ratings,
    /// national direction, reported capital funding, consultations) as CSV and JSON in one zip, with a manifest of SHA-256 checksums
    /// and the signed checkpoint it was cut at, and the ledger's public key.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/open-data", OperationId = "OpenDataArchive")]
    public static async Task<IResult> Get(RecordReader record, CheckpointKey key, OpenDataCache cache, CancellationToken cancellation) =>
        await cache.GetAsync(await OpenDataArchive.LatestCheckpointAsync(record.Session, cancellation),
            () => OpenDataArchive.BuildAsync(record.Session, key, cancellation)) is { } zip
            ? TypedResults.File(zip, "application/zip", "stp-governance-ledger-open-data.zip")
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No signed checkpoint yet",
                detail: "The archive is cut at a signed checkpoint, and none has been signed yet: the ledger signs its first as soon as its audit chain has caught up with the record after a start. Try again in a minute.");
}
