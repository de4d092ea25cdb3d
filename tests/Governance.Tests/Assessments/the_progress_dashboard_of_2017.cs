using Alba;
using Governance.Domain.Assessments;
using Governance.Ledger.Assessments;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Assessments;

/// <summary>NHS England's progress dashboard of 21 July 2017 as reference history, read against its sourced files.</summary>
[Collection(LedgerCollection.Name)]
public class the_progress_dashboard_of_2017(LedgerApp ledger)
{
    [Fact]
    public async Task every_sourced_rating_is_held_from_the_day_of_publication_in_the_sources_words()
    {
        var identities = FootprintIdentities.From(ReferenceFiles.DataSet);
        var rows = ReferenceFiles.Rows(AssessmentsImport.Ratings);

        rows.Count.ShouldBe(16);
        foreach (var row in rows)
        {
            var id = identities[row["footprint_code"]];
            var on = (await ledger.Host.GetAsJson<FootprintRatingsView>($"/api/footprints/{id}/ratings?asOf=2017-07-21"))!;
            var before = (await ledger.Host.GetAsJson<FootprintRatingsView>($"/api/footprints/{id}/ratings?asOf=2017-07-20"))!;

            (on.Held!.Stated, on.Held.Rating, on.Held.Confidence, on.Held.Source.Reference, on.Held.Notes)
                .ShouldBe((row["rating"], AssessmentsImport.Band(row["rating"]), row["confidence"], row["source"], row["notes"]), id);
            before.Held.ShouldBeNull();
            on.History.Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task a_footprint_the_sources_do_not_rate_holds_no_rating()
    {
        var rated = ReferenceFiles.Rows(AssessmentsImport.Ratings).Select(r => FootprintIdentities.From(ReferenceFiles.DataSet)[r["footprint_code"]]);
        var unrated = ReferenceFiles.DataSet.Footprints2016.Select(f => FootprintIdentities.From(ReferenceFiles.DataSet)[f.Code])
            .Except(rated).First();

        var view = (await ledger.Host.GetAsJson<FootprintRatingsView>($"/api/footprints/{unrated}/ratings?asOf=2018-01-01"))!;

        (view.Held, view.History.Count).ShouldBe((null, 0));
    }

    [Fact]
    public async Task the_assessment_keeps_its_methodology_domains_and_band_counts_with_their_sources()
    {
        var assessment = (await ledger.Host.GetAsJson<AssessmentView[]>("/api/assessments?asOf=2017-07-21"))!.Single();
        var methodology = ReferenceFiles.Rows(AssessmentsImport.Methodology);

        (assessment.Publisher, assessment.PublishedOn).ShouldBe(("NHS England", new DateOnly(2017, 7, 21)));
        assessment.Title.ShouldStartWith("Paper PB.21.07.2017/11");
        assessment.Domains.Count.ShouldBe(methodology.Count(r => r["item_type"] == "domain"));
        assessment.Methodology.Count.ShouldBe(methodology.Count(r => r["item_type"] == "method"));
        assessment.BandCounts.OrderBy(b => b.Value).Select(b => (b.Key, b.Value)).ShouldBe([
            ("outstanding", 5), ("needs most improvement", 5), ("making progress", 14), ("advanced", 20), ("total STPs rated", 44),
        ]);
        assessment.Ratings.Count.ShouldBe(16);
        (await ledger.Host.GetAsJson<AssessmentView[]>("/api/assessments?asOf=2017-07-20"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_second_import_adds_nothing()
    {
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        (await AssessmentsImport.RunAsync(store, ReferenceDataSet.DefaultFolder, FootprintIdentities.From(ReferenceFiles.DataSet),
            TimeProvider.System, default)).ShouldBe(ImportOutcome.AlreadyImported);
        await using var session = store.QuerySession();
        (await session.Events.FetchStreamAsync(AssessmentsImport.Stream)).Count.ShouldBe(17);
    }
}
