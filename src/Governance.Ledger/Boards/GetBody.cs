using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Boards;

public static class GetBody
{
    /// <summary>A body on <c>asOf</c> as the ledger knew it at <c>knownAt</c>: its terms of reference and seats in force,
    /// and its meetings by then with attendance, quoracy, interests and resolutions (rescissions and corrections
    /// included once they had happened and been recorded). Private meetings show only to the footprint's
    /// secretaries, auditors and administrators.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}", OperationId = "GetBody")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var listing = await record.ListingAsync<BodyListing>(id, cancellation);
        if (listing is null) return BoardProblems.UnknownBody(id);

        var (body, meetings, versions) = await record.BodyAsync(id, cancellation);
        if (body is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The body did not exist then",
                detail: $"{listing.Name} was constituted on {listing.ConstitutedOn:yyyy-MM-dd}" +
                        (record.Clocks.KnownAt is null ? "." : ", or the ledger had not recorded it by then."));

        var view = BodyRecordView.Of(body, meetings, record.AsOf, versions);
        return VersionedRead.Ok(view, view.Version);
    }
}
