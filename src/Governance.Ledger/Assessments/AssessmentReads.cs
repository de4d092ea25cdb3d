using Governance.Domain.Assessments;
using Governance.Ledger.Infrastructure.EventStore;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Assessments;

/// <summary>An assessment as published: its methodology, domains and band counts, and every rating the sources give.</summary>
public sealed record AssessmentView(string Id, string Title, string Publisher, DateOnly PublishedOn, IReadOnlyList<string> Methodology,
    IReadOnlyList<AssessmentDomain> Domains, IReadOnlyDictionary<string, int> BandCounts,
    IReadOnlyList<FootprintRating> Ratings);

public sealed record FootprintRating(string FootprintId, RatingHeld Rating);

/// <summary>The rating a footprint held on a date (none before its first), and every rating it has been given.</summary>
public sealed record FootprintRatingsView(string FootprintId, DateOnly AsOf, RatingHeld? Held, IReadOnlyList<RatingHeld> History);

public static class AssessmentReads
{
    public static async Task<IReadOnlyList<Assessment>> AsAtAsync(RecordReader record, AsAtQuery query,
        CancellationToken cancellation)
    {
        var events = await record.EventsAsync(AssessmentsRegistration.Streams.ToList(), cancellation, query);
        return AssessmentsRegistration.Streams.Select(id => record.Fold(AssessmentsRegistration.Assessments, id, events[id]))
            .OfType<Assessment>().ToList();
    }

    /// <summary>The national assessments published by a date, each with its methodology and the ratings the sources give.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/assessments", OperationId = "ListAssessments")]
    public static async Task<IReadOnlyList<AssessmentView>> List(RecordReader record, CancellationToken cancellation) =>
        (await AsAtAsync(record, record.Clocks, cancellation))
        .Select(a => new AssessmentView(a.Id, a.Title, a.Publisher, a.PublishedOn, a.Methodology, a.Domains, a.BandCounts,
            a.Ratings.OrderBy(r => r.Value.Rating).ThenBy(r => r.Key).Select(r => new FootprintRating(r.Key, r.Value)).ToList()))
        .ToList();

    /// <summary>The rating a footprint held on a date, and every rating the national assessments gave it, with sources.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/ratings", OperationId = "GetFootprintRatings")]
    public static async Task<FootprintRatingsView> Ratings(string footprintId, RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        var all = await AsAtAsync(record, new AsAtQuery(DateOnly.MaxValue, query.KnownAt), cancellation);
        return new FootprintRatingsView(footprintId, query.AsOf, Assessment.HeldOn(all, footprintId, query.AsOf),
            all.Select(a => a.Ratings.GetValueOrDefault(footprintId)).OfType<RatingHeld>().OrderBy(r => r.PublishedOn).ToList());
    }
}
