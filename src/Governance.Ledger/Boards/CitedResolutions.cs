using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>
/// Whether a resolution cited by another record can stand behind it: it is a resolution of a body of the citing
/// record's own footprint, it passed, and it has not been rescinded. A resolution of a private meeting the caller may
/// not see is answered as if it did not exist, so a refusal never discloses a private outcome.
/// </summary>
public static class CitedResolutions
{
    public static async Task<ResolutionStanding> StandingAsync(IQuerySession session, ApprovingDecision cited,
        string footprintId, ClaimsPrincipal caller, CancellationToken cancellation)
    {
        var body = await session.LoadAsync<BodyListing>(cited.BodyId, cancellation);
        if (body is null) return new ResolutionStanding.Unknown();
        if (body.FootprintId != footprintId) return new ResolutionStanding.OfAnotherFootprint(footprintId);

        var claim = await session.LoadAsync<ResolutionNumberClaim>(ResolutionNumberClaim.IdFor(cited.BodyId, cited.Resolution), cancellation);
        var meeting = claim is null ? null : await session.LoadAsync<MeetingListing>(claim.MeetingId, cancellation);
        if (claim is null || meeting is null || !meeting.Public && !WriteAccess.SeesPrivate(caller, body.FootprintId, body.Id))
            return new ResolutionStanding.Unknown();

        var resolution = (await session.Events.AggregateStreamAsync<Meeting>(claim.MeetingId, token: cancellation))!
            .Find(cited.Resolution)!;
        if (resolution.Recorded.Outcome != ResolutionOutcome.Passed)
            return new ResolutionStanding.NotPassed(resolution.Recorded.Outcome);
        return resolution.Rescinded is { } rescinded
            ? new ResolutionStanding.Rescinded(rescinded.RescindedBy.Number)
            : new ResolutionStanding.Stands();
    }
}
