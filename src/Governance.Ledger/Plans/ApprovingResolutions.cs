using Governance.Domain.Boards;
using Governance.Domain.Plans;
using Governance.Ledger.Boards;

namespace Governance.Ledger.Plans;

/// <summary>Finds whether the resolution named as approving an amendment can approve it: it exists, passed, and
/// has not been rescinded.</summary>
public static class ApprovingResolutions
{
    public static async Task<string?> WhyNotApprovingAsync(IQuerySession session, ApprovingDecision decision,
        CancellationToken cancellation)
    {
        var claim = await session.LoadAsync<ResolutionNumberClaim>(
            ResolutionNumberClaim.IdFor(decision.BodyId, decision.Resolution), cancellation);
        if (claim is null) return $"Body {decision.BodyId} has no resolution {decision.Resolution} to approve the amendment.";

        var events = await session.Events.FetchStreamAsync(claim.MeetingId, token: cancellation);
        var resolution = BodyRecords.Meetings.Fold(claim.MeetingId, events)!.Find(decision.Resolution)!;
        if (resolution.Recorded.Outcome != ResolutionOutcome.Passed)
            return $"Resolution {decision.Resolution} was {resolution.Recorded.Outcome.ToString().ToLowerInvariant()}, not passed; it approves nothing.";
        return resolution.Rescinded is { } rescinded
            ? $"Resolution {decision.Resolution} was rescinded by {rescinded.RescindedBy.Number}; it approves nothing."
            : null;
    }
}
