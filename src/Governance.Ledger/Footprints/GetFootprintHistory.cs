using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Footprints;

public static class GetFootprintHistory
{
    /// <summary>Every event of a footprint's own record in the order it was recorded, with both clocks and its source.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/history", OperationId = "GetFootprintHistory")]
    public static async Task<Results<Ok<IReadOnlyList<RecordedEventView>>, ProblemHttpResult>> Get(string id,
        RecordReader record, CancellationToken cancellation)
    {
        // Only a footprint's own stream: any other stream id (a body's, a private meeting's) is not a footprint.
        var events = await record.StreamAsync(id, cancellation);
        if (events.Count == 0 || events[0].Data is not FootprintEstablished) return FootprintProblems.Unknown(id);

        IReadOnlyList<RecordedEventView> history = events.Select(RecordedEventView.Of).ToList();
        return TypedResults.Ok(history);
    }
}
