using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.EventStore;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Footprints;

/// <summary>What the centre had directed by a date (planning guidance, deadlines, "Next Steps", designation and funding
/// routes, Acts), newest first, each with its date's precision and its source. The regional team a footprint answered
/// to on a date is its region in <c>GET /api/footprints/{id}?asOf=</c>.</summary>
public sealed record NationalDirectionView(DateOnly AsOf, IReadOnlyList<NationalMilestoneReached> Direction);

public static class NationalDirection
{
    /// <summary>The national guidance, directives and deadlines footprints answered to, in effect by a date.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/national-direction", OperationId = "GetNationalDirection")]
    public static async Task<NationalDirectionView> Get(RecordReader record,
        CancellationToken cancellation)
    {
        var query = record.Clocks;
        return new NationalDirectionView(query.AsOf, await AsAtAsync(record, query, cancellation));
    }

    public static async Task<IReadOnlyList<NationalMilestoneReached>> AsAtAsync(RecordReader record, AsAtQuery query,
        CancellationToken cancellation) =>
        (await record.EventsAsync([NationalMilestoneReached.StreamKey], cancellation, query))[NationalMilestoneReached.StreamKey]
        .Select(e => e.Data).OfType<NationalMilestoneReached>().OrderByDescending(m => m.Effective.Date).ToList();
}
