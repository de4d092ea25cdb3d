using Governance.Domain.ServiceChanges;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.ServiceChanges;
using Microsoft.AspNetCore.Authorization;
using Governance.Domain.Engagement;

namespace Governance.Ledger.Engagement;

/// <summary>A formal public consultation on one of the footprint's proposals, as at the date read.</summary>
public sealed record ConsultationEntry(string ProposalId, string Title, DateOnly Opens, DateOnly Closes, int LengthDays,
    bool OnOptions, int? Responses, DateOnly? ReportPublishedOn);

/// <summary>A footprint's engagement and consultation record as at a date: every activity held by then and what came
/// of it, and every consultation opened by then.</summary>
public sealed record EngagementRecordView(string FootprintId, DateOnly AsOf, IReadOnlyList<EngagementActivity> Activities,
    IReadOnlyList<ConsultationEntry> Consultations);

public static class GetEngagementRecord
{
    /// <summary>A footprint's engagement and consultation record as at a date: the activities held (with their
    /// materials, what was heard and what changed because of it) and the formal public consultations on its proposed
    /// service changes; as the ledger knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/engagement", OperationId = "GetEngagementRecord")]
    public static Task<EngagementRecordView> Get(string footprintId, RecordReader record, CancellationToken cancellation) =>
        EngagementRecords.AsAtAsync(record, footprintId, record.Clocks, cancellation);
}

public static class EngagementRecords
{
    /// <summary>A footprint's engagement activities and its proposals' consultations, and the proposals themselves, as
    /// at a date and as known at a moment.</summary>
    public static async Task<EngagementRecordView> AsAtAsync(RecordReader record, string footprintId, AsAtQuery query,
        CancellationToken cancellation) =>
        (await WithProposalsAsync(record, footprintId, query, cancellation)).Record;

    public static async Task<(EngagementRecordView Record, IReadOnlyList<ServiceChangeProposal> Proposals)> WithProposalsAsync(
        RecordReader record, string footprintId, AsAtQuery query, CancellationToken cancellation)
    {
        var activities = await record.Listings<EngagementListing>().Where(l => l.FootprintId == footprintId)
            .Select(l => l.Id).ToListAsync(cancellation);
        var proposalIds = await record.Listings<ServiceChangeListing>().Where(l => l.FootprintId == footprintId)
            .Select(l => l.Id).ToListAsync(cancellation);
        var events = await record.EventsAsync([.. activities, .. proposalIds], cancellation, query);

        var held = activities.Select(id => record.Fold(EngagementRegistration.Activities, id, events[id])).OfType<EngagementActivity>()
            .OrderBy(a => a.HeldOn).ToList();
        var proposals = proposalIds.Select(id => record.Fold(ServiceChangesRegistration.Proposals, id, events[id]))
            .OfType<ServiceChangeProposal>().OrderBy(p => p.ProposedOn).ToList();
        var consultations = proposals
            .Select(p => p.Consultation is { } c
                ? new ConsultationEntry(p.Id, p.Title, c.Opens, c.Closes, c.Closes.DayNumber - c.Opens.DayNumber, c.OnOptions,
                    c.Responses, c.ReportPublishedOn)
                : null)
            .OfType<ConsultationEntry>()
            .OrderBy(c => c.Opens).ToList();
        return (new EngagementRecordView(footprintId, query.AsOf, held, consultations), proposals);
    }
}
