using Governance.Domain.Common;

namespace Governance.Domain.Footprints;

/// <summary>How a source dates a fact.</summary>
public enum DateBasis
{
    /// <summary>The source prints the date.</summary>
    Stated,

    /// <summary>The fact is "today" on a dated page.</summary>
    PageDate,

    /// <summary>The source shows the state on that date; when it began is not known.</summary>
    AsAt,

    /// <summary>Worked out from context; the notes say how.</summary>
    Derived,

    /// <summary>The source gives no date.</summary>
    Undated,
}

/// <summary>What a source says happened to a leader or chair, read from its own words.</summary>
public enum LeadershipChange
{
    Appointed,

    /// <summary>Appointed to a statutory body's post before the body existed (a 2021 ICB chair or chief executive designate).</summary>
    Designated,

    /// <summary>Holding the post on the date; when they began is not known.</summary>
    InPost,

    Left,

    /// <summary>An intention made public (to leave, to appoint); nobody's post changes on it.</summary>
    Announced,

    /// <summary>Recommended for a post, with confirmation not seen.</summary>
    Recommended,

    /// <summary>A recruitment that did not appoint.</summary>
    NotAppointed,
}

/// <summary>A kind of governance arrangement as the sources name it.</summary>
public enum ReportedArrangementKind
{
    MemorandumOfUnderstanding,
    JointCommittee,
    PartnershipBoard,
    IndependentChair,
    Review,
    Other,
}

/// <summary>A published source reports a change of one of the footprint's leaders or chairs, in its own words.</summary>
/// <param name="Person">As the source names them; several people named together are kept together.</param>
/// <param name="InSourceWords">The source's words for the change, of which <paramref name="Change"/> is the reading.</param>
/// <param name="CodeAtDate">The footprint's ONS code on the date, where it had changed since 2017/18.</param>
public sealed record LeadershipChangeReported(string Person, string Role, LeadershipChange Change, string InSourceWords,
    string NameInSource, string? CodeAtDate, string Notes, DateBasis Basis, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent
{
    public bool HoldsPost => Change is LeadershipChange.Appointed or LeadershipChange.Designated or LeadershipChange.InPost;
}

/// <summary>A published source reports a governance arrangement of the footprint (a memorandum, a joint committee, a
/// partnership board, an independent chair), in its own words. It does not adopt an arrangement in the ledger: the
/// sources do not give the terms (parties, rule, delegation) an adopted arrangement holds.</summary>
/// <param name="AlsoFor">The other footprints the same report concerns (a joint committee across three).</param>
public sealed record ArrangementReported(ReportedArrangementKind Kind, string What, IReadOnlyList<string> AlsoFor,
    string NameInSource, string? CodeAtDate, string Notes, DateBasis Basis, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent;
