using Governance.Domain.Engagement;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Engagement;

/// <summary>Which engagement activities there are, for which footprint, plan or proposal.</summary>
public sealed record EngagementListing(string Id, string FootprintId, string Title, DateOnly HeldOn, string? PlanId,
    string? ProposalId);

public sealed partial class EngagementListingsProjection : Marten.Events.Projections.EventProjection
{
    public EngagementListing Create(IEvent<EngagementHeld> e) =>
        new(e.StreamKey!, e.Data.FootprintId, e.Data.Title, e.Data.Effective.Date, e.Data.PlanId, e.Data.ProposalId);
}

public static class EngagementRegistration
{
    public static readonly FoldProjection<EngagementActivity, EngagementHeld, IEngagementEvent> Activities = new();

    public static void AddEngagement(this StoreOptions options)
    {
        options.Projections.Add(Activities, ProjectionLifecycle.Live);
        options.Projections.Add(new EngagementListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<EngagementListing>().Index(l => l.FootprintId).Index(l => l.ProposalId);
    }
}

public static class EngagementProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such engagement",
        detail: $"The ledger has no engagement activity '{id}'. GET /api/footprints/{{footprint}}/engagement lists a footprint's.");
}
