using System.Globalization;
using Governance.Domain.Assessments;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Assessments;

/// <summary>
/// NHS England's STP progress dashboard of 21 July 2017, imported once from <c>ReferenceData/</c>: the assessment from
/// <c>progress_dashboard_methodology_2017.csv</c> (the board paper, its date, the methodology rows, the domains as
/// given, the band counts the sources state) and each footprint's band from <c>progress_ratings_2017.csv</c>, in the
/// source's words beside the ledger's band, with its confidence, corroborating sources and notes (disagreements
/// included); a rating whose row gives no date of its own is the dashboard's, published with it. Footprints are found by
/// their ONS code, as the rest of the reference history.
/// </summary>
public static class AssessmentsImport
{
    public const string Name = "progress-dashboard-2017";
    public const string Stream = "assessment:stp-progress-dashboard-2017";
    public const string Ratings = "progress_ratings_2017.csv";
    public const string Methodology = "progress_dashboard_methodology_2017.csv";

    public static Task<ImportOutcome> RunAsync(IDocumentStore store, string folder, FootprintIdentities identities,
        TimeProvider clock, CancellationToken cancellation) =>
        SourcedFiles.ImportAsync(store, Name, Stream, folder, [Methodology, Ratings], files => Events(files[0], files[1], identities),
            clock, cancellation);

    public static IReadOnlyList<ILedgerEvent> Events(IReadOnlyList<CsvRow> methodology, IReadOnlyList<CsvRow> ratings,
        FootprintIdentities identities)
    {
        var paper = methodology.Single(r => r["item_type"] == "document");
        var published = methodology.Single(r => r["item_type"] == "date");
        var assessment = new AssessmentPublished(paper["value"], paper["item"].Replace(" board paper", ""),
            methodology.Where(r => r["item_type"] == "method").Select(r => $"{r["item"]}: {r["value"]}").ToList(),
            methodology.Where(r => r["item_type"] == "domain").Select(r => new AssessmentDomain(r["item"], r["value"], r["theme"])).ToList(),
            methodology.Where(r => r["item_type"] == "band_count")
                .ToDictionary(r => r["item"], r => int.Parse(r["value"], CultureInfo.InvariantCulture)),
            SourcedFiles.Day(published["value"]), SourcedFiles.Cited(published["source"]));
        return
        [
            assessment,
            .. ratings.Select(r => new FootprintRated(identities[r["footprint_code"]], r["footprint_name_in_source"],
                Band(r["rating"]), r["rating"], r["confidence"],
                r["corroborating_sources"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                r["notes"], r["published_date"] is { Length: > 0 } date ? SourcedFiles.Day(date) : assessment.Effective,
                SourcedFiles.Cited(r["source"]))),
        ];
    }

    /// <summary>The band the source's words name; a qualified rating ("making progress (ambiguous)") keeps its words
    /// beside it.</summary>
    public static Rating Band(string stated) => stated.Trim() switch
    {
        var s when s.StartsWith("outstanding", StringComparison.Ordinal) => Rating.Outstanding,
        var s when s.StartsWith("advanced", StringComparison.Ordinal) => Rating.Advanced,
        var s when s.StartsWith("making progress", StringComparison.Ordinal) => Rating.MakingProgress,
        var s when s.StartsWith("needs most improvement", StringComparison.Ordinal) => Rating.NeedsMostImprovement,
        _ => throw new InvalidOperationException($"{Ratings} names a band the dashboard does not have: '{stated}'."),
    };

}
