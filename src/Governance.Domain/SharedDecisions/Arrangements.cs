using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.SharedDecisions;

public enum ArrangementKind
{
    MemorandumOfUnderstanding,
    JointCommittee,
    CommitteesInCommon,
    PartnershipBoard,
    IntegratedCareBoardAndPartnership,
}

/// <summary>When a shared decision takes effect under an arrangement.</summary>
public enum RatificationRule
{
    /// <summary>Every required partner ratifies; one decline defeats it.</summary>
    EveryRequiredPartner,

    /// <summary>More than half of the required partners ratify.</summary>
    MajorityOfRequiredPartners,
}

/// <summary>An event in a footprint's governance arrangements (stream "arrangements:{footprint}").</summary>
public interface IArrangementEvent : ILedgerEvent;

/// <param name="AdoptedBy">The partners (organisation codes) that adopted it.</param>
/// <param name="DelegatedDecisions">For a joint committee: what it decides alone.</param>
public sealed record ArrangementAdopted(
    string FootprintId, ArrangementKind Kind, string Description, RatificationRule Rule, IReadOnlyList<string> AdoptedBy,
    IReadOnlyList<string> DelegatedDecisions, EffectiveDate Effective, Provenance Provenance) : IArrangementEvent;

public sealed record ArrangementDissolved(ArrangementKind Kind, EffectiveDate Effective, Provenance Provenance)
    : IArrangementEvent;

public sealed record ChairAppointed(string Name, bool Independent, EffectiveDate Effective, Provenance Provenance)
    : IArrangementEvent;

public sealed record ArrangementInForce(ArrangementAdopted Adopted, DateOnly From, DateOnly? Until)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>A footprint's governance arrangements over time, and its chairs.</summary>
public sealed record FootprintArrangements(string Id, ImmutableList<ArrangementInForce> Arrangements, ImmutableList<ChairAppointed> Chairs)
    : IFoldedFrom<FootprintArrangements, ArrangementAdopted, IArrangementEvent>
{
    public static string StreamKey(string footprintId) => $"arrangements:{footprintId}";

    public static FootprintArrangements Begin(string id, ArrangementAdopted first) => new FootprintArrangements(id, [], []).After(first);

    public FootprintArrangements After(IArrangementEvent change) => change switch
    {
        ArrangementAdopted e => this with { Arrangements = Arrangements.Add(new ArrangementInForce(e, e.Effective.Date, null)) },
        ArrangementDissolved e => this with
        {
            Arrangements = Arrangements
                .Select(a => a.Adopted.Kind == e.Kind && a.Until is null ? a with { Until = e.Effective.Date } : a)
                .ToImmutableList(),
        },
        ChairAppointed e => this with { Chairs = Chairs.Add(e) },
        _ => this,
    };

    public IReadOnlyList<ArrangementInForce> InForceOn(DateOnly date) => Arrangements.Where(a => a.InForceOn(date)).ToList();

    /// <summary>The rule of the arrangement adopted last among those in force; every partner when none is.</summary>
    public RatificationRule RuleOn(DateOnly date) =>
        InForceOn(date).OrderBy(a => a.From).LastOrDefault()?.Adopted.Rule ?? RatificationRule.EveryRequiredPartner;
}
