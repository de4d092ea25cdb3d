using Governance.Domain.Footprints;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Footprints.Partners;

public sealed record PartnersView(string FootprintId, DateOnly AsOf, long Version, IReadOnlyList<Partnership> Partners)
    : IVersionedView;

public static class GetPartners
{
    /// <summary>The organisations that were partners in the footprint on <c>asOf</c>, as known at <c>knownAt</c>;
    /// <c>version</c> is the partner list's version to send with a change.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/partners", OperationId = "ListPartners")]
    public static async Task<PartnersView> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        var key = FootprintPartners.StreamKey(id);
        var (partners, version) = await record.AsAtWithVersionAsync(FootprintsRegistration.Partners, key, cancellation);
        return new PartnersView(id, query.AsOf, version, partners?.On(query.AsOf) ?? []);
    }
}
