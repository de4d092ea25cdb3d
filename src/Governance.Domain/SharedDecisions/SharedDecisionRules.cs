using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.SharedDecisions;

public static class SharedDecisionRules
{
    /// <summary>A proposal to the footprint's partners. Its rule is the one the arrangements in force set; for a matter
    /// delegated to a joint committee in force, the committee decides alone.</summary>
    public static Decision<SharedDecisionProposed> Propose(SharedDecisionProposed draft, string? matter,
        FootprintArrangements? arrangements, IReadOnlySet<string> partnersOnDate)
    {
        var date = draft.Effective.Date;
        if (ArrangementRules.WhyNotPartners(draft.RequiredPartners, partnersOnDate, draft.FootprintId, date) is { } why)
            return Decision<SharedDecisionProposed>.Reject(why);
        if (string.IsNullOrWhiteSpace(matter))
            return Decision<SharedDecisionProposed>.Accept(draft with
            {
                Rule = arrangements?.RuleOn(date) ?? RatificationRule.EveryRequiredPartner, Delegation = null,
            });

        return arrangements?.DelegationOf(matter, date) is { } delegation
            ? Decision<SharedDecisionProposed>.Accept(draft with
            {
                Rule = RatificationRule.JointCommitteeWithinDelegation, Delegation = delegation,
            })
            : Decision<SharedDecisionProposed>.Reject(
                $"No joint committee of {draft.FootprintId} in force on {date:yyyy-MM-dd} has \"{matter.Trim()}\" delegated to it. Leave the matter out for the partners to decide it.");
    }

    /// <param name="partnersOnDate">The footprint's partners on the date of the partner's decision.</param>
    /// <param name="standing">What the ledger knows of the resolution cited.</param>
    public static Decision<ISharedDecisionEvent> Respond(SharedDecision decision, string organisation, bool ratified,
        ApprovingDecision resolution, ResolutionStanding standing, EffectiveDate on, IReadOnlySet<string> partnersOnDate,
        Provenance provenance)
    {
        var why = WhyClosed(decision, on.Date)
                  ?? (decision.Delegation is { } delegation
                      ? $"{delegation.Matter} is delegated to the joint committee of {delegation.ArrangementId}: its own resolution decides it, and the partners do not ratify it."
                      : null)
                  ?? (decision.Partners.FirstOrDefault(p => p.Organisation == organisation) switch
                  {
                      null => $"{organisation} is not one of the partners whose ratification this decision requires.",
                      { Response: not PartnerResponse.Awaiting } p => $"{organisation} has already {Describe(p.Response)}.",
                      _ => null,
                  })
                  ?? standing.WhyNot(resolution)
                  ?? (partnersOnDate.Contains(organisation) ? null : $"{organisation} was not a partner of the footprint on {on}.");
        if (why is not null) return Decision<ISharedDecisionEvent>.Reject(why);

        var events = new List<ISharedDecisionEvent>();
        foreach (var gone in decision.Partners.Where(p => p.Response == PartnerResponse.Awaiting && p.Organisation != organisation
                                                          && !partnersOnDate.Contains(p.Organisation)))
            events.Add(new RequiredPartnerLeft(gone.Organisation, on.Date, on, provenance));
        events.Add(ratified
            ? new PartnerRatified(organisation, resolution, on, provenance)
            : new PartnerDeclined(organisation, resolution, on, provenance));

        var after = events.Aggregate(decision, (state, e) => state.After(e));
        if (Conclusion(after, provenance) is { } conclusion) events.Add(conclusion);
        return Decision<ISharedDecisionEvent>.Accept([.. events]);
    }

    /// <summary>The joint committee decides a delegated matter alone: a resolution of its body that passed and stands
    /// puts the decision into effect on that day.</summary>
    public static Decision<ISharedDecisionEvent> DecideInCommittee(SharedDecision decision, ApprovingDecision resolution,
        ResolutionStanding standing, EffectiveDate on, Provenance provenance)
    {
        var why = WhyClosed(decision, on.Date)
                  ?? (decision.Delegation is not { } delegation
                      ? "This decision is not delegated to a joint committee: each required partner decides it through its own board."
                      : resolution.BodyId != delegation.BodyId
                          ? $"Only the joint committee's body, {delegation.BodyId}, decides {delegation.Matter}; {resolution.BodyId} is another body."
                          : null)
                  ?? standing.WhyNot(resolution);
        return why is not null
            ? Decision<ISharedDecisionEvent>.Reject(why)
            : Decision<ISharedDecisionEvent>.Accept(new JointCommitteeResolved(resolution, on, provenance), new SharedDecisionTookEffect(on, provenance));
    }

    public static Decision<ISharedDecisionEvent> Withdraw(SharedDecision decision, string reason, EffectiveDate on, Provenance provenance) =>
        WhyClosed(decision, on.Date) is { } why
            ? Decision<ISharedDecisionEvent>.Reject(why)
            : Decision<ISharedDecisionEvent>.Accept(new SharedDecisionWithdrawn(reason, on, provenance));

    /// <summary>Lapses a decision still awaiting ratification once its deadline has passed.</summary>
    public static Decision<ISharedDecisionEvent> Lapse(SharedDecision decision, DateOnly today, Provenance provenance)
    {
        if (decision.Status != SharedDecisionStatus.AwaitingRatification)
            return Decision<ISharedDecisionEvent>.Reject($"The decision is already {decision.Status}.");
        return today <= decision.Deadline
            ? Decision<ISharedDecisionEvent>.Reject($"Its deadline, {decision.Deadline:yyyy-MM-dd}, has not passed.")
            : Decision<ISharedDecisionEvent>.Accept(new SharedDecisionLapsed(EffectiveDate.OnDay(decision.Deadline.AddDays(1)), provenance));
    }

    private static ISharedDecisionEvent? Conclusion(SharedDecision decision, Provenance provenance)
    {
        var required = decision.Required;
        var ratified = required.Where(p => p.Response == PartnerResponse.Ratified).ToList();
        var declined = required.Where(p => p.Response == PartnerResponse.Declined).ToList();
        var needed = decision.Rule == RatificationRule.EveryRequiredPartner ? required.Count : required.Count / 2 + 1;
        if (ratified.Count >= needed && needed > 0)
        {
            var last = ratified.OrderBy(p => p.On).Take(needed).Max(p => p.On)!.Value;
            return new SharedDecisionTookEffect(EffectiveDate.OnDay(last), provenance);
        }

        var tooMany = required.Count - needed + 1;
        if (declined.Count < tooMany || tooMany < 1) return null;
        var failed = declined.OrderBy(p => p.On).Take(tooMany).Max(p => p.On)!.Value;
        return new SharedDecisionDefeated(decision.Rule == RatificationRule.EveryRequiredPartner
            ? "A required partner declined, and every required partner must ratify."
            : "Too many partners declined for a majority to ratify.", EffectiveDate.OnDay(failed), provenance);
    }

    private static string? WhyClosed(SharedDecision decision, DateOnly date)
    {
        if (decision.Status != SharedDecisionStatus.AwaitingRatification)
            return $"The decision is no longer awaiting ratification: it is {decision.Status}.";
        if (date < decision.ProposedOn)
            return $"The decision was proposed on {decision.ProposedOn:yyyy-MM-dd}; nothing can be decided on it before then.";
        return date > decision.Deadline
            ? $"The decision's deadline was {decision.Deadline:yyyy-MM-dd}; it lapsed without being decided."
            : null;
    }

    private static string Describe(PartnerResponse response) => response switch
    {
        PartnerResponse.Ratified => "ratified it",
        PartnerResponse.Declined => "declined it",
        _ => "left the footprint before deciding",
    };
}
