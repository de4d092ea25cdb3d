using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Answers 409 for a write that lost a race to another writer: the critter stack's own concurrency exceptions, a
/// claim document (a resolution number, an idempotency key) inserted first by someone else, PostgreSQL's unique key on
/// (stream, version), which rejects the loser of two racing rich-mode appends before Marten raises one of its own and
/// reaches here untranslated, and its key on the stream itself, which rejects the loser of two first writes.
/// </summary>
public sealed class ConcurrencyConflictHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string StreamVersionKey = "pk_mt_events_stream_and_version";

    /// <summary>Two first writes to a stream that did not exist (a footprint's partner list, say) both create it.</summary>
    private const string StreamKey = "pkey_mt_streams_id";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        if (!IsConcurrencyFailure(exception)) return false;

        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status409Conflict,
                Title = ConflictProblem.Title,
                Detail = $"Another request changed the record while this one was being recorded. {ConflictProblem.Advice}",
            },
        });
    }

    public static bool IsConcurrencyFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ConcurrencyException or DocumentAlreadyExistsException or
                Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
                return true;
            if (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: StreamVersionKey or StreamKey })
                return true;
        }

        return false;
    }
}
