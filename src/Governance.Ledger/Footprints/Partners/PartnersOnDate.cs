using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.Footprints.Partners;

/// <summary>Who was a partner of a footprint on a date, as the ledger knows it now.</summary>
public static class PartnersOnDate
{
    public static async Task<IReadOnlySet<string>> ReadAsync(IQuerySession session, string footprintId, DateOnly date,
        CancellationToken cancellation)
    {
        var partners = await FootprintsRegistration.Partners.AsAtAsync(session, FootprintPartners.StreamKey(footprintId),
            new AsAtQuery(date, null), cancellation);
        return (partners?.On(date) ?? []).Select(p => p.OrganisationCode).ToHashSet();
    }
}
