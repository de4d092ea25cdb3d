using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.History;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Boards;

/// <summary>One resolution as it stands, with every event that recorded, corrected or rescinded it.</summary>
public sealed record ResolutionRecordView(
    string BodyId, string MeetingId, DateOnly MeetingDate, ResolutionView Resolution,
    IReadOnlyList<RecordedEventView> Provenance);

public static class GetResolution
{
    /// <summary>Resolution YEAR/SEQUENCE of a body (e.g. /2017/14 for 2017/14), with its full provenance.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/resolutions/{year}/{sequence}", OperationId = "GetResolution")]
    public static async Task<IResult> Get(string id, string year, string sequence, RecordReader record,
        HttpContext context, CancellationToken cancellation)
    {
        var number = $"{year}/{sequence}";
        var notFound = TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such resolution",
            detail: $"Body '{id}' has no resolution {number} that you can see.");
        var claim = await record.ListingAsync<ResolutionNumberClaim>(ResolutionNumberClaim.IdFor(id, number), cancellation);
        var body = await record.ListingAsync<BodyListing>(id, cancellation);
        if (claim is null || body is null) return notFound;

        var events = await record.StreamAsync(claim.MeetingId, cancellation);
        // Struck out, the meeting or the resolution is no more, though its events stay in the history.
        if (BoardsRegistration.Meetings.Fold(claim.MeetingId, events) is not { } meeting || meeting.Find(number) is null)
            return notFound;
        if (record.Shown(body.FootprintId, id, meeting)?.Find(number) is null) return notFound;
        var provenance = events
            .Where(e => e.Data is ResolutionRecorded { Number: var n } && n == number
                        || e.Data is ResolutionCorrected { Number: var c } && c == number
                        || e.Data is ResolutionRescinded { Number: var r } && r == number)
            .Select(RecordedEventView.Of)
            .ToList();
        return TypedResults.Ok(new ResolutionRecordView(
            id, claim.MeetingId, meeting.Date, ResolutionView.Of(meeting.Find(number)!), provenance));
    }
}
