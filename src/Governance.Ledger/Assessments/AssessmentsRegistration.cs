using Governance.Domain.Assessments;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Assessments;

public static class AssessmentsRegistration
{
    public static readonly FoldProjection<Assessment, AssessmentPublished, IAssessmentEvent> Assessments = new();

    /// <summary>The streams of national assessments; one today (the July 2017 dashboard), more as they are imported.</summary>
    public static readonly IReadOnlyList<string> Streams = [AssessmentsImport.Stream];

    public static void AddAssessments(this StoreOptions options) => options.Projections.Add(Assessments, ProjectionLifecycle.Live);
}
