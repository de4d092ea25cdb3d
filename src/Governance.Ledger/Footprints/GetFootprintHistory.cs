using Governance.Ledger.Infrastructure.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Footprints;

public static class GetFootprintHistory
{
    /// <summary>Every event of a footprint in the order it was recorded, with both clocks and its source.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/history", OperationId = "GetFootprintHistory")]
    public static async Task<Results<Ok<IReadOnlyList<RecordedEventView>>, ProblemHttpResult>> Get(string id,
        IQuerySession session, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        if (events.Count == 0) return FootprintProblems.Unknown(id);

        IReadOnlyList<RecordedEventView> history = events.Select(RecordedEventView.Of).ToList();
        return TypedResults.Ok(history);
    }
}
