using Governance.Domain.Common;

namespace Governance.Domain.Assessments;

/// <summary>A footprint's rating in one assessment, with where it came from.</summary>
public sealed record RatingHeld(string AssessmentId, string AssessmentTitle, Rating Rating, string Stated, DateOnly PublishedOn,
    string Confidence, string Notes, SourceDocument Source, IReadOnlyList<string> Corroborating);

/// <summary>A national assessment and the ratings it gave, folded from its stream.</summary>
public sealed record Assessment(string Id, string Title, string Publisher, IReadOnlyList<string> Methodology,
    IReadOnlyList<AssessmentDomain> Domains, IReadOnlyDictionary<string, int> BandCounts, DateOnly PublishedOn,
    IReadOnlyDictionary<string, RatingHeld> Ratings)
    : IFoldedFrom<Assessment, AssessmentPublished, IAssessmentEvent>
{
    public static Assessment Begin(string id, AssessmentPublished first) => new(id, first.Title, first.Publisher,
        first.Methodology, first.Domains, first.BandCounts, first.Effective.Date, new Dictionary<string, RatingHeld>());

    public Assessment After(IAssessmentEvent change) => change switch
    {
        FootprintRated e => this with
        {
            Ratings = new Dictionary<string, RatingHeld>(Ratings)
            {
                [e.FootprintId] = new(Id, Title, e.Rating, e.Stated, e.Effective.Date, e.Confidence, e.Notes,
                    e.Provenance.Source, e.Corroborating),
            },
        },
        _ => this,
    };

    /// <summary>The rating a footprint held on a day: the latest published by then, of the assessments given.</summary>
    public static RatingHeld? HeldOn(IEnumerable<Assessment> assessments, string footprintId, DateOnly day) =>
        assessments.Where(a => a.PublishedOn <= day)
            .Select(a => a.Ratings.GetValueOrDefault(footprintId))
            .OfType<RatingHeld>()
            .Where(r => r.PublishedOn <= day)
            .MaxBy(r => r.PublishedOn);
}
