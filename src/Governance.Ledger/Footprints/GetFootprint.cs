using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Footprints;

public static class GetFootprint
{
    /// <summary>One footprint on <c>asOf</c>, as the ledger knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [ProducesResponseType<FootprintView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/footprints/{id}", OperationId = "GetFootprint")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var timeline = await FootprintRegistry.FindAsync(record, id, cancellation);
        if (timeline is null) return FootprintProblems.Unknown(id);

        var (asOf, knownAt) = (record.AsOf, record.Clocks.KnownAt);
        var footprint = timeline.AsAt(asOf, knownAt);
        if (footprint is null || !footprint.ExistsOn(asOf))
            return FootprintProblems.NotExistingOn(id, asOf, timeline.WhyNotOpenOn(asOf));

        var version = await record.VersionAsync(id, cancellation);
        return VersionedRead.Ok(FootprintView.Of(footprint, asOf) with { Version = version }, version);
    }
}
