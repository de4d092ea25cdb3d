using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

public sealed record WrittenResolutionsView(string BodyId, DateOnly AsOf, IReadOnlyList<WrittenResolution> Resolutions, long Version);

public static class GetWrittenResolutions
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A body's written resolutions as at a date: each circulated by then, the answers by then, and the count.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/written-resolutions", OperationId = "GetWrittenResolutions")]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, TimeProvider clock,
        HttpContext context, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        return await BodyListReads.ReadAsync(session, SecretariatRegistration.WrittenResolutions, id, WrittenResolutions.StreamKey(id),
                query, context.User, cancellation) is { } read
            ? VersionedRead.Ok(new WrittenResolutionsView(id, query.AsOf, read.List?.Resolutions ?? [], read.Version), read.Version)
            : BoardProblems.UnknownBody(id);
    }
}
