using Governance.Ledger.Infrastructure;
using JasperFx.Events;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// The one way the ledger writes to a record (docs/architecture.md). Wolverine's aggregate handler workflow loads the
/// stream (<c>[WriteAggregate]</c>), commits the transaction after the handler returns and compares the version again
/// at commit, so a writer that slipped in between is a 409. An endpoint's <c>Validate</c> answers 400; its
/// <c>Before</c> calls <see cref="Admit{T}"/>; its handler passes the rule's decision to <c>Record</c>.
/// </summary>
public static class Writes
{
    /// <summary>What <c>[WriteAggregate]</c> is told to read the version from: nothing, so that it loads without
    /// comparing, and <see cref="Admit{T}"/> compares after the caller's right to write is settled.</summary>
    public const string VersionComparedOnAdmission = "versionComparedOnAdmission";

    /// <summary>
    /// Lets a well-formed request through to its handler, or answers why not, in the order the ledger promises: an
    /// unknown record is a 404, a caller who may not write it a 403, a stale version a 409, so that a caller who may
    /// not write learns nothing of the record's version. (Wolverine compares a version it is given while it loads,
    /// before any step could refuse with 403.)
    /// </summary>
    /// <param name="versionRead">The version the caller read; null for a write that does not change the record as
    /// read (a meeting scheduled for a body) or is decided against it as it stands, under a lock (a ratification).</param>
    public static IResult Admit<T>(IEventStream<T> stream, long? versionRead, HttpContext context,
        Func<string, IResult> unknown, Func<T, WriteScope> scope) where T : class
    {
        if (stream.Aggregate is not { } aggregate) return unknown(stream.Key!);
        var (footprint, body) = scope(aggregate);
        if (WriteAccess.Check(context, footprint, body) is { } denied) return denied;
        return versionRead is null ? WolverineContinue.Result() : Current(stream, versionRead.Value);
    }

    /// <summary>A 409 unless the stream is still at the version the caller read (0 for a list not yet started).</summary>
    public static IResult Current<T>(IEventStream<T> stream, long versionRead) where T : class
    {
        var current = stream.CurrentVersion ?? 0;
        return current == versionRead ? WolverineContinue.Result() : StaleVersion(stream.Key!, versionRead, current);
    }

    /// <summary>Appends what the rule decided and answers with the record's new version (or what
    /// <paramref name="answer"/> makes of it), or refuses with the rule's words, or with the words of
    /// <see cref="FutureFacts"/> for a fact dated after today.</summary>
    public static IResult Record<T, TEvent>(this IEventStream<T> stream, Decision<TEvent> decision, HttpContext context,
        Func<TEvent, long, object>? answer = null) where T : class where TEvent : class, ILedgerEvent =>
        stream.Record(decision, context.Today(), answer);

    /// <summary>The same, for work that is not a request (a lapse at its deadline), on the ledger's date today.</summary>
    public static IResult Record<T, TEvent>(this IEventStream<T> stream, Decision<TEvent> decision, DateOnly today,
        Func<TEvent, long, object>? answer = null) where T : class where TEvent : class, ILedgerEvent
    {
        if (Refusal(decision, today) is { } why) return RequestProblems.Rejected(why);
        var version = (stream.CurrentVersion ?? 0) + decision.Events.Count;
        stream.AppendMany(decision.Events);
        return TypedResults.Ok(answer?.Invoke(decision.Events[^1], version) ?? new RecordedResponse(stream.Key!, version));
    }

    /// <summary>Starts a new record with what the rule decided, under a new id (or <paramref name="id"/>), and answers
    /// 201 with where it is, or refuses with the rule's words.</summary>
    public static IResult Start<T, TEvent>(IDocumentSession session, string collection, Decision<TEvent> decision,
        HttpContext context, string? id = null) where T : class where TEvent : class, ILedgerEvent
    {
        if (Refusal(decision, context.Today()) is { } why) return RequestProblems.Rejected(why);
        id ??= NewId();
        session.Events.StartStream<T>(id, [.. decision.Events]);
        return TypedResults.Created($"{collection}/{id}", new RecordedResponse(id, decision.Events.Count));
    }

    /// <summary>The rule's refusal, or the ledger's first clock's: what has not happened yet is not recorded.</summary>
    public static string? Refusal<TEvent>(Decision<TEvent> decision, DateOnly today) where TEvent : class, ILedgerEvent =>
        decision.Rejection ?? FutureFacts.Refusal(decision.Events, today);

    /// <summary>Today in England on the ledger's clock (a rehearsal's included).</summary>
    public static DateOnly Today(this HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().Today();

    /// <summary>Ids of new records sort by when they were made.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    private static ProblemHttpResult StaleVersion(string id, long versionRead, long currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: ConflictProblem.Title,
            detail: $"{id} is at version {currentVersion}, but this request was made from version {versionRead}. " +
                    ConflictProblem.Advice);
}

/// <summary>Whose record a write touches: a secretary may write it for this footprint, or for this body.</summary>
public readonly record struct WriteScope(string FootprintId, string? BodyId = null);
