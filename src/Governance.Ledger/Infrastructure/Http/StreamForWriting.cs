using JasperFx.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Loads an aggregate to append to, at the version the caller says it read. Runs after the request is validated, so
/// a malformed request is a 400, an unknown record a 404, a caller without the right to write it a 403 and a stale
/// version a 409, in that order: a caller who may not write learns nothing of the record's version. (Wolverine's
/// [WriteAggregate] loads before validating and reports a missing stream as a version conflict.) Marten checks the
/// version again when the transaction commits, so a writer that slips in between is a 409 too.
/// </summary>
public static class StreamForWriting
{
    public static async Task<(IEventStream<T>? Stream, IResult? Problem)> FetchAsync<T>(IDocumentSession session,
        string id, long versionRead, Func<string, IResult> unknown, CancellationToken cancellation,
        Func<T, IResult?>? authorize = null) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellation);
        if (stream.Aggregate is null) return (null, unknown(id));
        if (authorize?.Invoke(stream.Aggregate) is { } denied) return (null, denied);
        return stream.CurrentVersion == versionRead
            ? (stream, null)
            : (null, StaleVersion(id, versionRead, stream.CurrentVersion ?? 0));
    }

    public static ProblemHttpResult StaleVersion(string id, long versionRead, long currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: ConflictProblem.Title,
            detail: $"{id} is at version {currentVersion}, but this request was made from version {versionRead}. " +
                    ConflictProblem.Advice);
}
