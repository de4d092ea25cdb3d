using Governance.Domain.SharedDecisions;
using Marten.Events.Aggregation;

namespace Governance.Ledger.SharedDecisions;

/// <summary>A shared decision as it stands, stored as it is recorded so that a partner's to-do list is one query: the
/// decision, its version, and the partners it still awaits (none once it is concluded, or when a joint committee
/// decides it alone).</summary>
public sealed record SharedDecisionRecord(string Id, SharedDecision Decision, long Version, IReadOnlyList<string> AwaitedFrom);

/// <summary>Folds the decision's stream through the decision's own fold (<see cref="SharedDecisionsRegistration.Decisions"/>).</summary>
public sealed class SharedDecisionRecordProjection : SingleStreamProjection<SharedDecisionRecord, string>
{
    // Evolve names no event type, so without this Marten would load a record for every stream written.
    public SharedDecisionRecordProjection() => IncludeType<ISharedDecisionEvent>();

    public override SharedDecisionRecord? Evolve(SharedDecisionRecord? record, string id, IEvent e) =>
        SharedDecisionsRegistration.Decisions.Evolve(record?.Decision, id, e) is { } decision
            ? new SharedDecisionRecord(id, decision, e.Version, AwaitedFrom(decision))
            : null;

    private static IReadOnlyList<string> AwaitedFrom(SharedDecision decision) =>
        decision is { Status: SharedDecisionStatus.AwaitingRatification, Delegation: null }
            ? decision.Partners.Where(p => p.Response == PartnerResponse.Awaiting).Select(p => p.Organisation).ToList()
            : [];
}
