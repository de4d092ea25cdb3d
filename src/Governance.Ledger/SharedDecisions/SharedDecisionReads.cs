using Governance.Domain.SharedDecisions;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.SharedDecisions;

public sealed record SharedDecisionView(string Id, string FootprintId, string Title, string Text, RatificationRule Rule,
    DateOnly ProposedOn, DateOnly Deadline, SharedDecisionStatus Status, DateOnly? ConcludedOn,
    IReadOnlyList<PartnerPosition> Partners, Delegation? Delegation, ApprovingDecision? CommitteeResolution, DateOnly AsOf,
    long Version)
{
    public static SharedDecisionView Of(SharedDecision d, DateOnly asOf, long version) => new(d.Id, d.FootprintId, d.Title,
        d.Text, d.Rule, d.ProposedOn, d.Deadline, d.Status, d.ConcludedOn, d.Partners, d.Delegation, d.CommitteeResolution,
        asOf, version);
}

public static class GetSharedDecision
{
    /// <summary>A shared decision on a date: each partner's response with the resolution behind it, and whether it
    /// had taken effect, been defeated, lapsed or been withdrawn; as the ledger knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/shared-decisions/{id}", OperationId = "GetSharedDecision")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var events = await record.StreamAsync(id, cancellation);
        if (events.Count == 0) return SharedDecisionProblems.Unknown(id);
        var decision = SharedDecisionsRegistration.Decisions.Fold(id, record.Counted(events));
        return decision is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not proposed by then",
                detail: $"Shared decision {id} had not been proposed (or recorded) by then.")
            : VersionedRead.Ok(SharedDecisionView.Of(decision, record.AsOf, events.Count), events.Count);
    }
}

public static class GetAwaitingRatification
{
    /// <summary>The secretary's to-do list: shared decisions still awaiting this organisation's ratification (not
    /// those delegated to a joint committee, which the committee decides alone).</summary>
    [AllowAnonymous]
    [WolverineGet("/api/organisations/{code}/awaiting-ratification", OperationId = "AwaitingRatification")]
    public static async Task<IReadOnlyList<SharedDecisionView>> Get(string code, RecordReader record, CancellationToken cancellation)
    {
        var awaiting = await record.Listings<SharedDecisionRecord>().Where(d => d.AwaitedFrom.Contains(code))
            .ToListAsync(cancellation);
        return awaiting.Select(r => SharedDecisionView.Of(r.Decision, record.AsOf, r.Version)).OrderBy(d => d.Deadline).ToList();
    }
}
