using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Footprints;

public static class GetFootprint
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>One footprint on <c>asOf</c>, as the ledger knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [ProducesResponseType<FootprintView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/footprints/{id}", OperationId = "GetFootprint")]
    public static async Task<IResult> Get(string id, string? asOf,
        string? knownAt, IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        var timeline = await FootprintRegistry.FindAsync(session, id, cancellation);
        if (timeline is null) return FootprintProblems.Unknown(id);

        var footprint = timeline.AsAt(query.AsOf, query.KnownAt);
        if (footprint is null || !footprint.ExistsOn(query.AsOf))
        {
            return FootprintProblems.NotExistingOn(id, query.AsOf, timeline.WhyNotOpenOn(query.AsOf));
        }

        var version = await VersionedRead.OfAsync(session, id, cancellation);
        return VersionedRead.Ok(FootprintView.Of(footprint, query.AsOf) with { Version = version }, version);
    }
}
