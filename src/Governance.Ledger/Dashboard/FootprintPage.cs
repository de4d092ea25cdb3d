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
    public static async Task<IResult> Get(string id, string? from, int? page, RecordReader record, TimeProvider clock,
        CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        var timeline = await record.FindAsync(id, cancellation);
        if (timeline is null) return FootprintProblems.Unknown(id);

        var history = $"/api/footprints/{id}/history";
        var runs = timeline.Events
            .Where(e => e.Event.Effective.IsDated() && e.Event.Effective.Date <= asOf)
            .Select(e => new TimelineEntry(e.Event.Effective.Date, e.Event.Effective.ToString(), TimelineWords.Describe(e.Event),
                e.Event is LeadershipChangeReported or ArrangementReported ? "source" : "provenance",
                e.Event is LeadershipChangeReported or ArrangementReported ? e.Event.Provenance.Source.Reference : history))
            .Select(TimelineRun.Of).ToList();
        var bodies = await BodiesOnThePage.ReadAsync(record,
            await record.Listings<BodyListing>().Where(b => b.FootprintId == id).ToListAsync(cancellation), cancellation);
        foreach (var (listing, body, meetings, _, _, _) in bodies)
        {
            runs.Add(TimelineRun.Of(TimelineEntry.On(listing.ConstitutedOn, $"{listing.Name} constituted", "record", $"/api/bodies/{listing.Id}?asOf={asOf:yyyy-MM-dd}")));
            runs.AddRange(meetings.Select(meeting => new TimelineRun(meeting.Date, meeting.Resolutions.Count, () =>
                meeting.Resolutions.Select(resolution => TimelineEntry.On(meeting.Date,
                    $"{body.Name} resolution {resolution.Number} ({Words.Outcome(resolution.Recorded.Outcome)}" +
                    $"{(resolution.Rescinded is null ? "" : ", later rescinded")}): {resolution.Text}",
                    "provenance", $"/api/bodies/{listing.Id}/resolutions/{resolution.Number}")))));
        }

        var (governance, inForce) = await GovernanceOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        runs.AddRange(governance.Select(TimelineRun.Of));
        var (serviceChanges, paths) = await ServiceChangesOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        runs.AddRange(serviceChanges.Select(TimelineRun.Of));
        runs.AddRange((await RatingsAndFundingOnTheDashboard.EntriesAsync(record, id, asOf, cancellation)).Select(TimelineRun.Of));

        var since = from is null ? (DateOnly?)null : AsAtQuery.Parse(from, null, clock).AsOf;
        var (plans, milestones) = await PlansOnThePage.ReadAsync(record, id, since, cancellation);
        runs.AddRange(milestones.Select(m => TimelineRun.Of(new TimelineEntry(m.Milestone.Effective.Date, m.Milestone.Effective.ToString(),
            $"Plan: {m.Plan.Title}: {Words.Milestone(m.Milestone.Milestone)}", "plan", $"/plans/{m.Plan.Id}"))));

        return Pages.Render<FootprintPageView>(new()
        {
            ["Page"] = new FootprintPageModel(id, timeline.AsAt(asOf) ?? timeline.AsAt(DateOnly.MaxValue)!, asOf, since,
                TimelinePage.Of(runs.OrderBy(e => e.Date).ToList(), page ?? 1), await GovernanceEvolution.RowsAsync(record, timeline, bodies.Select(b => b.Body).ToList(), asOf, cancellation),
                inForce, ReportedGovernance.On(timeline, asOf), paths, SecretariatOnTheDashboard.Of(record, bodies),
                plans),
        });
    }
}

/// <summary>What a footprint's page shows as at a date.</summary>
public sealed record FootprintPageModel(string Id, Footprint Footprint, DateOnly AsOf, DateOnly? From,
    TimelinePage Timeline, IReadOnlyList<HeldSpan> Spans, IReadOnlyList<Arrangement> Arrangements,
    ReportedGovernance Reported, IReadOnlyList<ServiceChangePath> ServiceChanges, IReadOnlyList<BodyBusiness> Business,
    IReadOnlyList<PlanOnThePage> Plans);
