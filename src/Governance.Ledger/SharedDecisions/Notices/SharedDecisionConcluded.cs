using Governance.Domain.SharedDecisions;

namespace Governance.Ledger.SharedDecisions.Notices;

/// <summary>
/// Told to subscribers when a shared decision concludes: it took effect, was defeated, lapsed or was withdrawn.
/// Published through the outbox in the transaction that records the conclusion, so it is sent only if that commits.
/// </summary>
/// <param name="NoticeId">The decision and the version of the event that concluded it: the same on every delivery
/// attempt, so a receiver can tell a retry from a new notice.</param>
public sealed record SharedDecisionConcluded(string NoticeId, string DecisionId, string FootprintId, string Title,
    SharedDecisionStatus Outcome, DateOnly EffectiveOn, string? Reason)
{
    /// <summary>The notice for events about to be appended to a decision at <paramref name="versionBefore"/>, if
    /// they conclude it.</summary>
    public static SharedDecisionConcluded? For(SharedDecision before, IReadOnlyList<ISharedDecisionEvent> appended,
        long versionBefore)
    {
        var after = appended.Aggregate(before, (state, e) => state.After(e));
        if (after.Status == before.Status || after.ConcludedOn is not { } on) return null;

        var reason = appended[^1] switch
        {
            SharedDecisionDefeated e => e.Reason,
            SharedDecisionWithdrawn e => e.Reason,
            _ => null,
        };
        return new SharedDecisionConcluded($"{before.Id}/{versionBefore + appended.Count}", before.Id, before.FootprintId,
            before.Title, after.Status, on, reason);
    }
}
