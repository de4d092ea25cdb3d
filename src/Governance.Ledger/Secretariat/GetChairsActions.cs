using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <param name="Flags">Each chair's action not ratified at the next quorate meeting, and why.</param>
public sealed record ChairsActionsView(string BodyId, DateOnly AsOf, IReadOnlyList<ChairsAction> Actions,
    IReadOnlyList<ChairsActionFlag> Flags, long Version);

public static class GetChairsActions
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A body's chair's actions as at a date, flagged until ratified at a quorate meeting, and flagged still
    /// when the next quorate meeting passed without ratifying one.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/chairs-actions", OperationId = "GetChairsActions")]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, TimeProvider clock,
        HttpContext context, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        if (await BodyListReads.ReadAsync(session, SecretariatRegistration.ChairsActions, id, ChairsActions.StreamKey(id), query,
                context.User, cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var (_, meetings) = await BodyRecords.AsAtAsync(session, id, query, cancellation);
        return TypedResults.Ok(new ChairsActionsView(id, query.AsOf, read.List?.Actions ?? [],
            read.List?.FlagsOn(query.AsOf, BodyMeetings.Held(meetings)) ?? [], read.Version));
    }
}
