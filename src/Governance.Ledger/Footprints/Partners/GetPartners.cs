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
        var state = await record.Session.Events.FetchStreamStateAsync(key, cancellation);
        var partners = (await FootprintsRegistration.Partners.AsAtAsync(record.Session, key, query, cancellation))?.On(query.AsOf) ?? [];
        return new PartnersView(id, query.AsOf, state?.Version ?? 0, partners);
    }
}
