using Governance.Domain.Boards;
using Governance.Domain.Footprints;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Boards;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Footprints;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class FootprintPage
{
    public static ProblemDetails Validate(string? from) => AsAtQuery.Check(from, null);

    /// <summary>One footprint: its timeline of leads, the leaders, chairs and arrangements the sources report, designations, boards, resolutions, governance arrangements, shared
    /// decisions, engagement, consultations, service changes, ratings, bids, capital and plans up to a date, each linked to its full provenance;
    /// the arrangements in force, each body's forward plan, late additions, overdue actions and minutes, each service change's path from first engagement to decision, and the plans as at the
    /// date, with what changed in the plans since <c>from</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/footprints/{id}", OperationId = "FootprintPage")]
    public static async Task<IResult> Get(string id, string? from, RecordReader record, TimeProvider clock,
        CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        var timeline = await record.FindAsync(id, cancellation);
        if (timeline is null) return FootprintProblems.Unknown(id);

        var history = $"/api/footprints/{id}/history";
        var entries = timeline.Events
            .Where(e => e.Event.Effective.IsDated() && e.Event.Effective.Date <= asOf)
            .Select(e => new TimelineEntry(e.Event.Effective.Date, e.Event.Effective.ToString(), TimelineWords.Describe(e.Event),
                e.Event is LeadershipChangeReported or ArrangementReported ? "source" : "provenance",
                e.Event is LeadershipChangeReported or ArrangementReported ? e.Event.Provenance.Source.Reference : history))
            .ToList();
        var bodies = await record.Listings<BodyListing>().Where(b => b.FootprintId == id).ToListAsync(cancellation);
        var sitting = new List<GoverningBody>();
        foreach (var listing in bodies.Where(b => b.ConstitutedOn <= asOf))
        {
            entries.Add(TimelineEntry.On(listing.ConstitutedOn, $"{listing.Name} constituted", "record", $"/api/bodies/{listing.Id}?asOf={asOf:yyyy-MM-dd}"));
            var (body, meetings) = await record.BodyAsync(listing.Id, cancellation);
            if (body is null) continue;
            sitting.Add(body);
            entries.AddRange(meetings.SelectMany(meeting => meeting.Resolutions.Select(resolution => TimelineEntry.On(meeting.Date,
                $"{body.Name} resolution {resolution.Number} ({Words.Outcome(resolution.Recorded.Outcome)}" +
                $"{(resolution.Rescinded is null ? "" : ", later rescinded")}): {resolution.Text}",
                "provenance", $"/api/bodies/{listing.Id}/resolutions/{resolution.Number}"))));
        }

        var (governance, inForce) = await GovernanceOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        entries.AddRange(governance);
        var (serviceChanges, paths) = await ServiceChangesOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        entries.AddRange(serviceChanges);
        entries.AddRange(await RatingsAndFundingOnTheDashboard.EntriesAsync(record, id, asOf, cancellation));

        var since = from is null ? (DateOnly?)null : AsAtQuery.Parse(from, null, clock).AsOf;
        var plans = new List<PlanOnThePage>();
        foreach (var listing in await record.Listings<PlanListing>().Where(p => p.FootprintId == id).ToListAsync(cancellation))
        {
            var plan = (await PlanRecords.HeaderAsync(record.Session, listing.Id, null, cancellation))!;
            var milestones = await PlanRecords.MilestonesAsync(record.Session, listing.Id, cancellation);
            entries.AddRange(milestones.Select(m => m.Fact).Where(m => m.Effective.Date <= asOf).Select(m =>
                new TimelineEntry(m.Effective.Date, m.Effective.ToString(), $"Plan: {plan.Title}: {m.Milestone}", "plan", $"/plans/{plan.Id}")));
            var version = await PlanRecords.InForceAsync(record.Session, listing.Id, asOf, null, cancellation);
            var before = since is { } f ? await PlanRecords.InForceAsync(record.Session, listing.Id, f, null, cancellation) : null;
            if (version is not null) plans.Add(new PlanOnThePage(plan, version, before));
        }

        return Pages.Render<FootprintPageView>(new()
        {
            ["Page"] = new FootprintPageModel(id, timeline.AsAt(asOf) ?? timeline.AsAt(DateOnly.MaxValue)!, asOf, since,
                entries.OrderBy(e => e.Date).ToList(), await GovernanceEvolution.RowsAsync(record, timeline, sitting, asOf, cancellation),
                inForce, ReportedGovernance.On(timeline, asOf), paths, await SecretariatOnTheDashboard.ReadAsync(record, bodies, cancellation),
                plans),
        });
    }
}

/// <summary>What a footprint's page shows as at a date.</summary>
public sealed record FootprintPageModel(string Id, Footprint Footprint, DateOnly AsOf, DateOnly? From,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<HeldSpan> Spans, IReadOnlyList<Arrangement> Arrangements,
    ReportedGovernance Reported, IReadOnlyList<ServiceChangePath> ServiceChanges, IReadOnlyList<BodyBusiness> Business,
    IReadOnlyList<PlanOnThePage> Plans);

/// <summary>A plan on a footprint's page: the version in force on the date, and the one in force on the comparison date.</summary>
public sealed record PlanOnThePage(PlanRecord Header, PlanVersionRecord Version, PlanVersionRecord? Before);
