using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <param name="Version">The forward plan's version, to send with a change.</param>
public sealed record ForwardPlanView(string BodyId, DateOnly AsOf, IReadOnlyList<ForwardPlanThread> Items,
    IReadOnlyList<DecisionPlace> LateAdditions, long Version);

public static class GetForwardPlan
{
    /// <summary>A body's forward plan as at a date: each item published by then, the agendas that took it up and the
    /// resolutions that decided it; and the late additions, decisions taken on items that were not in the plan.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/forward-plan", OperationId = "GetForwardPlan")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if (await record.BodyListAsync(SecretariatRegistration.ForwardPlans, id, ForwardPlan.StreamKey(id), cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var threads = ForwardPlanThreads.Of(read.List, read.Meetings);
        return VersionedRead.Ok(new ForwardPlanView(id, record.AsOf, threads.Threads, threads.LateAdditions, read.Version), read.Version);
    }
}
