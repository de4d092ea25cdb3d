using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <param name="Version">The forward plan's version, to send with a change.</param>
public sealed record ForwardPlanView(string BodyId, DateOnly AsOf, IReadOnlyList<ForwardPlanThread> Items,
    IReadOnlyList<DecisionPlace> LateAdditions, long Version);

public static class GetForwardPlan
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A body's forward plan as at a date: each item published by then, the agendas that took it up and the
    /// resolutions that decided it; and the late additions, decisions taken on items that were not in the plan.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/forward-plan", OperationId = "GetForwardPlan")]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, TimeProvider clock,
        HttpContext context, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        if (await BodyListReads.ReadAsync(session, SecretariatRegistration.ForwardPlans, id, ForwardPlan.StreamKey(id), query,
                context.User, cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var threads = ForwardPlanThreads.Of(read.List, read.Meetings);
        return VersionedRead.Ok(new ForwardPlanView(id, query.AsOf, threads.Threads, threads.LateAdditions, read.Version), read.Version);
    }
}
