using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Footprints;

public static class GetFootprints
{
    /// <summary>The footprints that existed on <c>asOf</c>, as the ledger knew them at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints", OperationId = "ListFootprints")]
    public static async Task<IReadOnlyList<FootprintView>> Get(RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        var timelines = await FootprintRegistry.AllAsync(record, cancellation);
        return timelines
            .Select(timeline => timeline.AsAt(query.AsOf, query.KnownAt))
            .OfType<Domain.Footprints.Footprint>()
            .Where(footprint => footprint.ExistsOn(query.AsOf))
            .Select(footprint => FootprintView.Of(footprint, query.AsOf))
            .OrderBy(footprint => footprint.Code, StringComparer.Ordinal)
            .ToList();
    }
}
