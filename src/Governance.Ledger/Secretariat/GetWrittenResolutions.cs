using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

public sealed record WrittenResolutionsView(string BodyId, DateOnly AsOf, IReadOnlyList<WrittenResolution> Resolutions, long Version);

public static class GetWrittenResolutions
{
    /// <summary>A body's written resolutions as at a date: each circulated by then, the answers by then, and the count.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/written-resolutions", OperationId = "GetWrittenResolutions")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        return await record.BodyListAsync(SecretariatRegistration.WrittenResolutions, id, WrittenResolutions.StreamKey(id), cancellation) is { } read
            ? VersionedRead.Ok(new WrittenResolutionsView(id, record.AsOf, read.List?.Resolutions ?? [], read.Version), read.Version)
            : BoardProblems.UnknownBody(id);
    }
}
