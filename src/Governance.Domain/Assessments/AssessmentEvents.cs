using Governance.Domain.Common;

namespace Governance.Domain.Assessments;

/// <summary>The four bands of the July 2017 progress dashboard, best first.</summary>
public enum Rating
{
    Outstanding,
    Advanced,
    MakingProgress,
    NeedsMostImprovement,
}

/// <summary>An event in a national assessment's own stream.</summary>
public interface IAssessmentEvent : ILedgerEvent;

/// <summary>One of an assessment's domains: its number in the source, its name and the theme it belongs to.</summary>
public sealed record AssessmentDomain(string Code, string Name, string Theme);

/// <summary>A national assessment of the footprints was published: by whom, its methodology as the sources describe it,
/// its domains, and how many footprints each band held, as the sources count them.</summary>
public sealed record AssessmentPublished(string Title, string Publisher, IReadOnlyList<string> Methodology,
    IReadOnlyList<AssessmentDomain> Domains, IReadOnlyDictionary<string, int> BandCounts, EffectiveDate Effective,
    Provenance Provenance) : IAssessmentEvent;

/// <summary>A footprint's overall rating in the assessment, as a source gives it.</summary>
/// <param name="Stated">The rating in the source's words (which may qualify it, as "making progress (ambiguous)").</param>
/// <param name="Confidence">How sure the sources are, in their own word (high, medium, low).</param>
/// <param name="Notes">What the sources say beside it, disagreements included.</param>
public sealed record FootprintRated(string FootprintId, string NameInSource, Rating Rating, string Stated, string Confidence,
    IReadOnlyList<string> Corroborating, string Notes, EffectiveDate Effective, Provenance Provenance) : IAssessmentEvent;
