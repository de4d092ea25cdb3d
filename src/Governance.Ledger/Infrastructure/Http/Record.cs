namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The shape of every write to an existing record: load it at the version the caller read, let the rule
/// decide, append what it decided. The transaction is committed by Wolverine after the endpoint returns.</summary>
public static class Record
{
    /// <param name="authorize">A 403 when the caller may not write to this record, which only it can tell.</param>
    public static async Task<IResult> OnStreamAsync<TState, TEvent>(IDocumentSession session, string id, long versionRead,
        Func<string, IResult> unknown, Func<TState, IResult?> authorize, Func<TState, Decision<TEvent>> decide,
        CancellationToken cancellation)
        where TState : class where TEvent : class, ILedgerEvent
    {
        var (stream, problem) = await StreamForWriting.FetchAsync(session, id, versionRead, unknown, cancellation, authorize);
        if (stream is null) return problem!;

        var decision = decide(stream.Aggregate!);
        if (decision.Event is null) return RequestProblems.Rejected(decision.Rejection!);

        stream.AppendOne(decision.Event);
        return TypedResults.Ok(new RecordedResponse(id, versionRead + 1));
    }
}
