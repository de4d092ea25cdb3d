using Governance.Domain.Plans;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Governance.Ledger.Plans;

/// <summary>Which plans a footprint has.</summary>
public sealed record PlanListing(string Id, string FootprintId, string Title, bool Illustrative, DateOnly DraftedOn);

public sealed partial class PlanListingsProjection : EventProjection
{
    public PlanListing Create(IEvent<PlanDrafted> e) =>
        new(e.StreamKey!, e.Data.FootprintId, e.Data.Title, e.Data.Illustrative, e.Data.Effective.Date);
}

public static class PlansRegistration
{
    public static readonly FoldProjection<Plan, PlanDrafted, IPlanEvent> Plans = new();

    public static void AddPlans(this StoreOptions options)
    {
        options.Projections.Add(Plans, ProjectionLifecycle.Live);
        options.Projections.Add(new PlanListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<PlanListing>().Index(plan => plan.FootprintId);
    }
}
