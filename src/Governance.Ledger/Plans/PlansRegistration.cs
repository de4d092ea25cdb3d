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
        options.Projections.Add(new PlanRecordsRegistration(), ProjectionLifecycle.Inline);
        options.Schema.For<PlanRecord>();
        options.Schema.For<PlanMilestoneRecord>().Index(m => m.PlanId);
        // A plan as at a date is the newest of its versions in force by then, and the changes not yet in effect are the
        // versions after the date approved by it: each a short walk along one of these indexes.
        options.Schema.For<PlanVersionRecord>()
            .Index([v => v.PlanId, v => v.InForceFrom, v => v.Number, v => v.KnownFrom],
                index => index.Name = "mt_doc_planversionrecord_in_force")
            .Index([v => v.PlanId, v => v.InForceFrom, v => v.ApprovedOn!],
                index => index.Name = "mt_doc_planversionrecord_approved");
    }
}

/// <summary>Names the plan records' projection and the documents it writes, so that replay rebuilds and compares them.</summary>
public sealed class PlanRecordsRegistration : ProjectionWrapper<IDocumentOperations, IQuerySession>
{
    public const string ProjectionName = "PlanRecords";

    public PlanRecordsRegistration() : base(new PlanRecordsProjection(), ProjectionLifecycle.Inline)
    {
        Name = ProjectionName;
        RegisterPublishedType(typeof(PlanRecord));
        RegisterPublishedType(typeof(PlanMilestoneRecord));
        RegisterPublishedType(typeof(PlanVersionRecord));
    }
}
