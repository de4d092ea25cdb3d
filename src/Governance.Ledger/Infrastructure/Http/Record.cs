namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The shape of every write to an existing record: load it at the version the caller read, let the rule
/// decide, append what it decided. The transaction is committed by Wolverine after the endpoint returns.</summary>
public static class Record
{
    /// <summary>A write to a stream that a footprint starts with its first entry (its partners, its arrangements): the
    /// version read is 0 before the first.</summary>
    /// <param name="respond">The answer to send for what was recorded; by default the list's key and new version.</param>
    public static async Task<IResult> OnListAsync<TState, TEvent>(IDocumentSession session, string key, long versionRead,
        Func<TState?, Decision<TEvent>> decide, CancellationToken cancellation, Func<TEvent, long, object>? respond = null)
        where TState : class where TEvent : class, ILedgerEvent
    {
        var stream = await session.Events.FetchForWriting<TState>(key, cancellation);
        var current = stream.CurrentVersion ?? 0;
        if (current != versionRead) return StreamForWriting.StaleVersion(key, versionRead, current);

        var decision = decide(stream.Aggregate);
        if (decision.Event is null) return RequestProblems.Rejected(decision.Rejection!);
        stream.AppendOne(decision.Event);
        return TypedResults.Ok(respond?.Invoke(decision.Event, current + 1) ?? new RecordedResponse(key, current + 1));
    }

    /// <param name="authorize">A 403 when the caller may not write to this record, which only it can tell.</param>
    /// <param name="respond">The answer to send for what was recorded; by default the record's id and new version.</param>
    public static async Task<IResult> OnStreamAsync<TState, TEvent>(IDocumentSession session, string id, long versionRead,
        Func<string, IResult> unknown, Func<TState, IResult?> authorize, Func<TState, Decision<TEvent>> decide,
        CancellationToken cancellation, Func<TEvent, object>? respond = null)
        where TState : class where TEvent : class, ILedgerEvent
    {
        var (stream, problem) = await StreamForWriting.FetchAsync(session, id, versionRead, unknown, cancellation, authorize);
        if (stream is null) return problem!;

        var decision = decide(stream.Aggregate!);
        if (decision.Event is null) return RequestProblems.Rejected(decision.Rejection!);

        stream.AppendOne(decision.Event);
        return TypedResults.Ok(respond?.Invoke(decision.Event) ?? new RecordedResponse(id, versionRead + 1));
    }
}
