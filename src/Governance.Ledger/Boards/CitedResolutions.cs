using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>
/// Reads what <see cref="CitedResolution.Judge"/> needs of a resolution another record cites. A body of another
/// footprint is named as such; a resolution of a private meeting the caller may not see is answered as if it did not
/// exist, so a refusal never discloses a private outcome.
/// </summary>
public static class CitedResolutions
{
    public static async Task<ResolutionStanding> StandingAsync(IQuerySession session, ApprovingDecision cited,
        Citing citing, ClaimsPrincipal caller, CancellationToken cancellation)
    {
        var body = await session.LoadAsync<BodyListing>(cited.BodyId, cancellation);
        if (body is null) return new ResolutionStanding.Unknown();
        if (body.FootprintId != citing.FootprintId) return new ResolutionStanding.OfAnotherFootprint(citing.FootprintId);

        var claim = await session.LoadAsync<ResolutionNumberClaim>(ResolutionNumberClaim.IdFor(cited.BodyId, cited.Resolution), cancellation);
        var listing = claim is null ? null : await session.LoadAsync<MeetingListing>(claim.MeetingId, cancellation);
        var seesPrivate = RecordReader.SeesPrivate(caller, body.FootprintId, body.Id);
        if (claim is null || listing is null || !listing.Public && !seesPrivate) return new ResolutionStanding.Unknown();

        // A resolution on a private item of a public meeting is as unknown as one of a private meeting.
        var meeting = await session.Events.AggregateStreamAsync<Meeting>(claim.MeetingId, token: cancellation);
        if (!seesPrivate && meeting is not null && meeting.Find(cited.Resolution) is not null &&
            meeting.PublicPart().Find(cited.Resolution) is null)
            return new ResolutionStanding.Unknown();
        return CitedResolution.Judge(citing, body.Organisation, meeting, cited.Resolution);
    }
}
