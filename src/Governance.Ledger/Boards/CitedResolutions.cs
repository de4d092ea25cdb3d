using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Domain.Plans;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>
/// Whether a resolution cited by another record (the approval of a plan amendment, a partner's ratification, a joint
/// committee's decision) can stand behind it: it is a resolution of a body of the citing record's own footprint, it
/// passed, and it has not been rescinded. A resolution of a private meeting the caller may not see is answered as if it
/// did not exist, so a refusal never discloses a private outcome.
/// </summary>
public static class CitedResolutions
{
    public static async Task<string?> WhyNotStandingAsync(IQuerySession session, ApprovingDecision cited, string? footprintId,
        ClaimsPrincipal caller, CancellationToken cancellation)
    {
        var unknown = $"Body {cited.BodyId} has no resolution {cited.Resolution} to cite.";
        var body = await session.LoadAsync<BodyListing>(cited.BodyId, cancellation);
        if (body is null) return unknown;
        if (footprintId is not null && body.FootprintId != footprintId)
            return $"Body {cited.BodyId} is not a body of {footprintId}: a record of a footprint cites resolutions of its own bodies.";

        var claim = await session.LoadAsync<ResolutionNumberClaim>(ResolutionNumberClaim.IdFor(cited.BodyId, cited.Resolution), cancellation);
        var meeting = claim is null ? null : await session.LoadAsync<MeetingListing>(claim.MeetingId, cancellation);
        if (claim is null || meeting is null || !meeting.Public && !WriteAccess.SeesPrivate(caller, body.FootprintId, body.Id))
            return unknown;

        var events = await session.Events.FetchStreamAsync(claim.MeetingId, token: cancellation);
        var resolution = BodyRecords.Meetings.Fold(claim.MeetingId, events)!.Find(cited.Resolution)!;
        if (resolution.Recorded.Outcome != ResolutionOutcome.Passed)
            return $"Resolution {cited.Resolution} was {resolution.Recorded.Outcome.ToString().ToLowerInvariant()}, not passed; it approves nothing.";
        return resolution.Rescinded is { } rescinded
            ? $"Resolution {cited.Resolution} was rescinded by {rescinded.RescindedBy.Number}; it approves nothing."
            : null;
    }
}
