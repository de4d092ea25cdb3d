using Governance.Domain.SharedDecisions;
using Governance.Ledger.SharedDecisions.Notices;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten.Events.Projections;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Which shared decisions there are, for which footprint, needing whom.</summary>
public sealed record SharedDecisionListing(string Id, string FootprintId, string Title, IReadOnlyList<string> RequiredPartners,
    DateOnly Deadline);

public sealed partial class SharedDecisionListingsProjection : EventProjection
{
    public SharedDecisionListing Create(IEvent<SharedDecisionProposed> e) =>
        new(e.StreamKey!, e.Data.FootprintId, e.Data.Title, e.Data.RequiredPartners, e.Data.Deadline);
}

public static class SharedDecisionsRegistration
{
    public static readonly FoldProjection<SharedDecision, SharedDecisionProposed, ISharedDecisionEvent> Decisions = new();
    public static readonly FoldProjection<FootprintArrangements, ArrangementAdopted, IArrangementEvent> Arrangements = new();

    public static void AddSharedDecisions(this StoreOptions options)
    {
        options.Projections.Add(Decisions, ProjectionLifecycle.Live);
        options.Projections.Add(Arrangements, ProjectionLifecycle.Live);
        options.Projections.Add(new SharedDecisionListingsProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new SharedDecisionRecordProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<SharedDecisionRecord>().GinIndexJsonData();
        options.Schema.For<SharedDecisionListing>().Index(d => d.FootprintId);
        options.Schema.For<WebhookSubscription>();
    }
}
