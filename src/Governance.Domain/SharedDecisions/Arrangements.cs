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

/// <summary>When a shared decision takes effect.</summary>
public enum RatificationRule
{
    /// <summary>Every required partner ratifies; one decline defeats it.</summary>
    EveryRequiredPartner,

    /// <summary>More than half of the required partners ratify.</summary>
    MajorityOfRequiredPartners,

    /// <summary>A matter the partners delegated to a joint committee: the committee's own resolution decides it alone.
    /// Set by the delegation, never adopted as an arrangement's rule.</summary>
    JointCommitteeWithinDelegation,
}

public enum ChairRole
{
    Chair,
    Lead,
}

/// <summary>An event in a footprint's governance arrangements (stream "arrangements:{footprint}").</summary>
public interface IArrangementEvent : ILedgerEvent;

/// <param name="AdoptedBy">The partners (organisation codes) that adopted it on that date; others may follow.</param>
/// <param name="DelegatedDecisions">For a joint committee: the matters the partners delegated to it.</param>
/// <param name="BodyId">The body in this ledger that meets under it (a joint committee's, a partnership board's).</param>
public sealed record ArrangementAdopted(
    string FootprintId, string ArrangementId, ArrangementKind Kind, string Description, RatificationRule Rule,
    IReadOnlyList<string> AdoptedBy, IReadOnlyList<string> DelegatedDecisions, string? BodyId, EffectiveDate Effective,
    Provenance Provenance) : IArrangementEvent;

/// <summary>A partner that adopted an arrangement later than the first signatories (a memorandum signed by its board
/// on its own date).</summary>
public sealed record PartnerAdoptedArrangement(string ArrangementId, string Organisation, EffectiveDate Effective,
    Provenance Provenance) : IArrangementEvent;

/// <summary>New terms for an arrangement from a date: its description, rule and delegation as revised.</summary>
public sealed record ArrangementRevised(string ArrangementId, string Description, RatificationRule Rule,
    IReadOnlyList<string> DelegatedDecisions, EffectiveDate Effective, Provenance Provenance) : IArrangementEvent, IMayLieAhead;

public sealed record ArrangementDissolved(string ArrangementId, EffectiveDate Effective, Provenance Provenance)
    : IArrangementEvent, IMayLieAhead;

/// <summary>A chair or lead of an arrangement appointed; they replace whoever held that role before.</summary>
public sealed record ChairAppointed(string ArrangementId, string Name, ChairRole Role, bool Independent,
    EffectiveDate Effective, Provenance Provenance) : IArrangementEvent, IMayLieAhead;

public sealed record ArrangementTerms(string Description, RatificationRule Rule, IReadOnlyList<string> DelegatedDecisions,
    DateOnly From);

public sealed record ArrangementParty(string Organisation, DateOnly From);

public sealed record ArrangementChair(string Name, ChairRole Role, bool Independent, DateOnly From);

/// <summary>One arrangement with every version of its terms, its parties and its chairs, each from its date.</summary>
public sealed record Arrangement(
    string Id, ArrangementKind Kind, string? BodyId, DateOnly From, DateOnly? Until, ImmutableList<ArrangementTerms> Terms,
    ImmutableList<ArrangementParty> Parties, ImmutableList<ArrangementChair> Chairs)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date < Until);

    /// <summary>The terms in force on a date: the last version from that date or before.</summary>
    public ArrangementTerms TermsOn(DateOnly date) => Terms.Where(t => t.From <= date).MaxBy(t => t.From) ?? Terms[0];

    public IReadOnlyList<ArrangementParty> PartiesOn(DateOnly date) => Parties.Where(p => p.From <= date).ToList();

    /// <summary>Who held each role on a date: the last appointed to it by then.</summary>
    public IReadOnlyList<ArrangementChair> ChairsOn(DateOnly date) => Chairs.Where(c => c.From <= date)
        .GroupBy(c => c.Role).Select(g => g.MaxBy(c => c.From)!).OrderBy(c => c.Role).ToList();
}

/// <summary>A footprint's governance arrangements over time.</summary>
public sealed record FootprintArrangements(string Id, ImmutableList<Arrangement> Arrangements)
    : IFoldedFrom<FootprintArrangements, ArrangementAdopted, IArrangementEvent>
{
    public static string StreamKey(string footprintId) => $"arrangements:{footprintId}";

    public static FootprintArrangements Begin(string id, ArrangementAdopted first) => new FootprintArrangements(id, []).After(first);

    public FootprintArrangements After(IArrangementEvent change) => change switch
    {
        ArrangementAdopted e => this with
        {
            Arrangements = Arrangements.Add(new Arrangement(e.ArrangementId, e.Kind, e.BodyId, e.Effective.Date, null,
                [new ArrangementTerms(e.Description, e.Rule, e.DelegatedDecisions, e.Effective.Date)],
                e.AdoptedBy.Select(p => new ArrangementParty(p, e.Effective.Date)).ToImmutableList(), [])),
        },
        PartnerAdoptedArrangement e => Change(e.ArrangementId,
            a => a with { Parties = a.Parties.Add(new ArrangementParty(e.Organisation, e.Effective.Date)) }),
        ArrangementRevised e => Change(e.ArrangementId,
            a => a with { Terms = a.Terms.Add(new ArrangementTerms(e.Description, e.Rule, e.DelegatedDecisions, e.Effective.Date)) }),
        ArrangementDissolved e => Change(e.ArrangementId, a => a with { Until = e.Effective.Date }),
        ChairAppointed e => Change(e.ArrangementId,
            a => a with { Chairs = a.Chairs.Add(new ArrangementChair(e.Name, e.Role, e.Independent, e.Effective.Date)) }),
        _ => this,
    };

    public Arrangement? Find(string arrangementId) => Arrangements.FirstOrDefault(a => a.Id == arrangementId);

    public IReadOnlyList<Arrangement> InForceOn(DateOnly date) => Arrangements.Where(a => a.InForceOn(date)).ToList();

    /// <summary>The rule of the arrangement adopted last among those in force; every partner when none is.</summary>
    public RatificationRule RuleOn(DateOnly date) =>
        InForceOn(date).OrderBy(a => a.From).LastOrDefault()?.TermsOn(date).Rule ?? RatificationRule.EveryRequiredPartner;

    /// <summary>The delegation of a matter (named in any case) to a joint committee in force on a date, if any.</summary>
    public Delegation? DelegationOf(string matter, DateOnly date) => InForceOn(date)
        .Where(a => a.Kind == ArrangementKind.JointCommittee)
        .SelectMany(a => a.TermsOn(date).DelegatedDecisions
            .Where(d => string.Equals(d, matter.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(d => new Delegation(a.Id, a.BodyId!, d)))
        .FirstOrDefault();

    private FootprintArrangements Change(string arrangementId, Func<Arrangement, Arrangement> change) => this with
    {
        Arrangements = Arrangements.Select(a => a.Id == arrangementId ? change(a) : a).ToImmutableList(),
    };
}
