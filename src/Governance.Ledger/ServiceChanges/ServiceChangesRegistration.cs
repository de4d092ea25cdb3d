using Governance.Domain.ServiceChanges;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.ServiceChanges;

public static class ServiceChangesRegistration
{
    public static readonly FoldProjection<ServiceChangeProposal, ServiceChangeProposed, IServiceChangeEvent> Proposals = new();

    public static void AddServiceChanges(this StoreOptions options)
    {
        options.Projections.Add(Proposals, ProjectionLifecycle.Live);
        options.Projections.Add(new ServiceChangeListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<ServiceChangeListing>().Index(l => l.FootprintId);
    }
}

public static class ServiceChangeProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such service change",
        detail: $"The ledger has no proposed service change '{id}'.");
}

/// <summary>The national rules for service change as the ledger recorded them (reference history).</summary>
public static class AssuranceRuleBooks
{
    public static async Task<AssuranceRuleBook> ReadAsync(IQuerySession session, CancellationToken cancellation) =>
        AssuranceRuleBook.From((await session.Events.FetchStreamAsync(AssuranceRulesImport.Stream, token: cancellation))
            .Select(e => e.Data).OfType<IAssuranceRuleEvent>());
}
