using Governance.Domain.Common;

namespace Governance.Domain.SharedDecisions;

/// <summary>What may be recorded about a footprint's arrangements. Each returns the event to record, or why not.</summary>
public static class ArrangementRules
{
    public static Decision<ArrangementAdopted> Adopt(FootprintArrangements? current, ArrangementAdopted adopted,
        IReadOnlySet<string> partnersOnDate)
    {
        var why = (current?.Find(adopted.ArrangementId) is not null
                      ? $"{adopted.ArrangementId} is already recorded; revise it, or adopt the new one under another name."
                      : null)
                  ?? WhyNotTerms(adopted.Kind, adopted.Rule, adopted.DelegatedDecisions)
                  ?? (adopted.Kind == ArrangementKind.JointCommittee && adopted.BodyId is null
                      ? "Name the joint committee's body in the ledger (bodyId): its resolutions decide the delegated matters."
                      : null)
                  ?? WhyNotPartners(adopted.AdoptedBy, partnersOnDate, adopted.FootprintId, adopted.Effective.Date);
        return Decide(adopted, why);
    }

    public static Decision<PartnerAdoptedArrangement> AdoptLater(FootprintArrangements? current, string footprintId,
        PartnerAdoptedArrangement adoption, IReadOnlySet<string> partnersOnDate)
    {
        var (arrangement, why) = InForce(current, adoption.ArrangementId, adoption.Effective.Date);
        why ??= arrangement!.Parties.Any(p => p.Organisation == adoption.Organisation)
            ? $"{adoption.Organisation} already adopted {adoption.ArrangementId}."
            : WhyNotPartners([adoption.Organisation], partnersOnDate, footprintId, adoption.Effective.Date);
        return Decide(adoption, why);
    }

    public static Decision<ArrangementRevised> Revise(FootprintArrangements? current, ArrangementRevised revision)
    {
        var (arrangement, why) = InForce(current, revision.ArrangementId, revision.Effective.Date);
        why ??= arrangement!.Terms.Any(t => t.From == revision.Effective.Date)
            ? $"{revision.ArrangementId} already has terms from {revision.Effective}; correct them with one revision a day."
            : WhyNotTerms(arrangement.Kind, revision.Rule, revision.DelegatedDecisions);
        return Decide(revision, why);
    }

    public static Decision<ArrangementDissolved> Dissolve(FootprintArrangements? current, ArrangementDissolved dissolved)
    {
        var (arrangement, why) = InForce(current, dissolved.ArrangementId, dissolved.Effective.Date);
        why ??= arrangement!.From == dissolved.Effective.Date
            ? $"{dissolved.ArrangementId} was adopted on {arrangement.From:yyyy-MM-dd}; it is dissolved on a later day."
            : null;
        return Decide(dissolved, why);
    }

    public static Decision<ChairAppointed> Appoint(FootprintArrangements? current, ChairAppointed appointment) =>
        Decide(appointment, InForce(current, appointment.ArrangementId, appointment.Effective.Date).Why);

    private static (Arrangement? Arrangement, string? Why) InForce(FootprintArrangements? current, string arrangementId,
        DateOnly date)
    {
        if (current?.Find(arrangementId) is not { } arrangement)
            return (null, $"The footprint has no arrangement {arrangementId}; GET its arrangements to see their ids.");
        if (arrangement.InForceOn(date)) return (arrangement, null);
        return (arrangement, date < arrangement.From
            ? $"{arrangementId} was adopted on {arrangement.From:yyyy-MM-dd}, after {date:yyyy-MM-dd}."
            : $"{arrangementId} was dissolved on {arrangement.Until:yyyy-MM-dd}, before {date:yyyy-MM-dd}.");
    }

    private static string? WhyNotTerms(ArrangementKind kind, RatificationRule rule, IReadOnlyList<string> delegated)
    {
        if (rule == RatificationRule.JointCommitteeWithinDelegation)
            return "An arrangement's rule is for what its partners ratify; matters a joint committee decides alone are its delegatedDecisions.";
        if (kind == ArrangementKind.JointCommittee && delegated.Count == 0)
            return "A joint committee decides only what is delegated to it: list the matters (delegatedDecisions).";
        return kind != ArrangementKind.JointCommittee && delegated.Count > 0
            ? $"Only a joint committee takes decisions delegated to it; under a {kind} each partner decides for itself."
            : null;
    }

    /// <summary>Why organisations cannot act for the footprint on a date: those that were not its partners then.</summary>
    internal static string? WhyNotPartners(IEnumerable<string> organisations, IReadOnlySet<string> partnersOnDate,
        string footprintId, DateOnly date)
    {
        var strangers = organisations.Where(o => !partnersOnDate.Contains(o)).ToList();
        return strangers.Count == 0
            ? null
            : $"{string.Join(", ", strangers)} {(strangers.Count == 1 ? "was" : "were")} not partners of {footprintId} on {date:yyyy-MM-dd}.";
    }

    private static Decision<TEvent> Decide<TEvent>(TEvent e, string? why) where TEvent : class, ILedgerEvent =>
        why is null ? Decision<TEvent>.Accept(e) : Decision<TEvent>.Reject(why);
}
