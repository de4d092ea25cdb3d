using Governance.Domain.Footprints;
using Governance.Ledger.Boards;

namespace Governance.Ledger.Audit;

/// <summary>Every stream that belongs to a footprint: its own, its partners', its bodies' and their meetings'.</summary>
public static class FootprintStreams
{
    public static async Task<string[]> OfAsync(IQuerySession session, string footprint, CancellationToken cancellation)
    {
        var bodies = await session.Query<BodyListing>().Where(b => b.FootprintId == footprint).Select(b => b.Id)
            .ToListAsync(cancellation);
        var meetings = await session.Query<MeetingListing>().Where(m => m.BodyId.IsOneOf(bodies.ToArray()))
            .Select(m => m.Id).ToListAsync(cancellation);
        return [footprint, FootprintPartners.StreamKey(footprint), .. bodies, .. meetings];
    }
}
