using Governance.Domain.Assessments;
using Governance.Domain.Audit;
using Governance.Domain.Boards;
using Governance.Domain.Plans;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Audit;
using Governance.Ledger.Boards;
using Governance.Ledger.Plans;
using Governance.Ledger.ServiceChanges;

namespace Governance.Ledger.Feeds;

/// <summary>The public decisions, plan changes, consultations and ratings the ledger has recorded, newest first:
/// resolutions of public items of public meetings, amendments approved, public consultations opened, ratings
/// published. Each names its sequence in the audit chain and the signed checkpoint that covers it.</summary>
public static class PublicRecord
{
    private static readonly string[] Kinds = ["resolution_recorded", "amendment_approved", "public_consultation_opened", "footprint_rated"];

    public static async Task<IReadOnlyList<FeedEntry>> LatestAsync(IQuerySession session, string? footprintId, string? bodyId,
        int count, CancellationToken cancellation)
    {
        var known = new Known(
            (await session.Query<MeetingListing>().ToListAsync(cancellation)).ToDictionary(m => m.Id),
            (await session.Query<BodyListing>().ToListAsync(cancellation)).ToDictionary(b => b.Id),
            (await session.Query<PlanListing>().ToListAsync(cancellation)).ToDictionary(p => p.Id),
            (await session.Query<ServiceChangeListing>().ToListAsync(cancellation)).ToDictionary(c => c.Id),
            (await session.Query<StoredCheckpoint>().ToListAsync(cancellation)).Select(c => c.Checkpoint).OrderBy(c => c.Sequence).ToList(),
            []);

        var entries = new List<FeedEntry>();
        // Newest first, a page of events at a time, until enough are public and in scope: never the whole log.
        for (var before = long.MaxValue; entries.Count < count;)
        {
            var page = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName.IsOneOf(Kinds) && e.Sequence < before)
                .OrderByDescending(e => e.Sequence).Take(Page).ToListAsync(cancellation);
            foreach (var e in page)
            {
                if (await EntryAsync(session, e, known, cancellation) is not { } entry ||
                    footprintId is not null && entry.FootprintId != footprintId || bodyId is not null && entry.BodyId != bodyId)
                    continue;
                entries.Add(entry);
                if (entries.Count == count) break;
            }

            if (page.Count < Page) break;
            before = page[^1].Sequence;
        }

        return entries;
    }

    private const int Page = 500;

    /// <summary>What a feed entry is placed by: the listings, the checkpoints, and the meetings folded so far.</summary>
    private sealed record Known(Dictionary<string, MeetingListing> Meetings, Dictionary<string, BodyListing> Bodies,
        Dictionary<string, PlanListing> Plans, Dictionary<string, ServiceChangeListing> Changes, IReadOnlyList<Checkpoint> Checkpoints,
        Dictionary<string, Meeting?> Folded);

    private static async Task<FeedEntry?> EntryAsync(IQuerySession session, IEvent e, Known known, CancellationToken cancellation)
    {
        var covered = known.Checkpoints.FirstOrDefault(c => c.Sequence >= e.Sequence);
        return e.Data switch
        {
            ResolutionRecorded r when known.Meetings.GetValueOrDefault(e.StreamKey!) is { Public: true } m =>
                await ResolutionAsync(session, e, r, m, known.Bodies[m.BodyId], known.Folded, covered, cancellation),
            AmendmentApproved a when known.Plans.GetValueOrDefault(e.StreamKey!) is { } plan => new FeedEntry(e.Sequence, e.Timestamp,
                a.Effective.Date, "plan-change", $"{plan.Title}: amendment {a.AmendmentId} approved, in force from {Dashboard.Words.Date(a.EffectiveFrom)}",
                $"Approved by resolution {a.ApprovedBy.Resolution}.", $"/api/plans/{plan.Id}?asOf={a.EffectiveFrom:yyyy-MM-dd}",
                plan.FootprintId, a.ApprovedBy.BodyId, covered),
            PublicConsultationOpened c when known.Changes.GetValueOrDefault(e.StreamKey!) is { } change => new FeedEntry(e.Sequence,
                e.Timestamp, c.Effective.Date, "consultation", $"Public consultation opened: {change.Title}",
                $"Open from {c.Effective.Date:yyyy-MM-dd} until {c.Closes:yyyy-MM-dd}.", $"/api/service-changes/{change.Id}",
                change.FootprintId, null, covered),
            FootprintRated r => new FeedEntry(e.Sequence, e.Timestamp, r.Effective.Date, "rating", $"{r.NameInSource}: rated \"{r.Stated}\"",
                $"Confidence {r.Confidence}; source {r.Provenance.Source.Reference}.", $"/api/footprints/{r.FootprintId}/ratings",
                r.FootprintId, null, covered),
            _ => null,
        };
    }

    private static async Task<FeedEntry?> ResolutionAsync(IQuerySession session, IEvent e, ResolutionRecorded resolution,
        MeetingListing listing, BodyListing body, Dictionary<string, Meeting?> folded, Checkpoint? covered, CancellationToken cancellation)
    {
        if (!folded.TryGetValue(listing.Id, out var meeting))
            folded[listing.Id] = meeting = await session.Events.AggregateStreamAsync<Meeting>(listing.Id, token: cancellation);
        // As it stands now: a resolution whose item was corrected onto a private item is private.
        if (meeting?.PublicPart().Find(resolution.Number) is not { } stands) return null;
        var (year, number) = (resolution.Number.Split('/')[0], resolution.Number.Split('/')[1]);
        var subject = meeting.ItemNamed(stands.Item)?.Title ?? stands.Item;
        return new FeedEntry(e.Sequence, e.Timestamp, meeting.Date, "decision",
            $"{body.Name}: resolution {resolution.Number} on {subject} {Dashboard.Words.Outcome(resolution.Outcome)}",
            stands.Text, $"/api/bodies/{body.Id}/resolutions/{year}/{number}", body.FootprintId, body.Id, covered);
    }
}
