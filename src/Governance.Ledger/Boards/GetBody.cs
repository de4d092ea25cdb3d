using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Boards;

public static class GetBody
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A body on <c>asOf</c> as the ledger knew it at <c>knownAt</c>: its terms of reference and seats in force,
    /// and its meetings by then with attendance, quoracy, interests and resolutions (rescissions and corrections
    /// included once they had happened and been recorded). Private meetings show only to the footprint's
    /// secretaries, auditors and administrators.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}", OperationId = "GetBody")]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session,
        TimeProvider clock, HttpContext context, CancellationToken cancellation)
    {
        var listing = await session.LoadAsync<BodyListing>(id, cancellation);
        if (listing is null) return BoardProblems.UnknownBody(id);

        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        var (body, meetings, versions) = await BodyRecords.AsAtAsync(session, id, query, cancellation);
        if (body is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The body did not exist then",
                detail: $"{listing.Name} was constituted on {listing.ConstitutedOn:yyyy-MM-dd}" +
                        (query.KnownAt is null ? "." : ", or the ledger had not recorded it by then."));

        var shown = (WriteAccess.SeesPrivate(context.User, body.FootprintId, body.Id)
            ? meetings
            : meetings.Where(m => m.Public).Select(m => m.PublicPart())).ToList();
        var view = BodyRecordView.Of(body, shown, query.AsOf, versions);
        return VersionedRead.Ok(view, view.Version);
    }
}
