using Governance.Domain.Footprints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Footprints;

public static class GetReportedGovernance
{
    /// <summary>What published sources report of a footprint's leaders, chairs and governance arrangements by a date:
    /// who held a post then (from the last report that started or ended it), every report by then in the source's words,
    /// and, apart, the reports the sources give no date for.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/reported-governance", OperationId = "GetReportedGovernance")]
    public static async Task<Results<Ok<ReportedGovernance>, ProblemHttpResult>> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        return await FootprintRegistry.FindAsync(record, id, cancellation) is { } timeline
            ? TypedResults.Ok(ReportedGovernance.On(timeline, query.AsOf, query.KnownAt))
            : FootprintProblems.Unknown(id);
    }
}
