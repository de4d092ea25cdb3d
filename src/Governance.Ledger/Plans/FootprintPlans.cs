using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>A plan another record names (an engagement, a proposed service change): it must be one of that record's
/// footprint's plans.</summary>
public static class FootprintPlans
{
    /// <summary>The plan, when it is one of the footprint's; null when it is not, or there is no such plan.</summary>
    public static async Task<Plan?> FindAsync(IQuerySession session, string planId, string footprintId,
        CancellationToken cancellation) =>
        await session.Events.AggregateStreamAsync<Plan>(planId, token: cancellation) is { } plan && plan.FootprintId == footprintId
            ? plan
            : null;

    public static IResult NotOf(string footprintId, string planId) =>
        RequestProblems.Rejected($"Footprint {footprintId} has no plan {planId}.");
}
