using Alba;
using Governance.Domain.Funding;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Funding;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Tests.Boards;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Funding;

/// <summary>Bids for national money through a footprint and the centre's decisions on them; and the national capital
/// decisions of 2017-2018 as the sources report them.</summary>
[Collection(LedgerCollection.Name)]
public class bids_and_awards(LedgerApp ledger)
{
    private const string Footprint = "QUY";
    private static readonly object Source = new { reference = "Capital bid papers (test)" };

    private async Task<(string Id, long Version)> BidAsync(string scheme, decimal asked = 50_000_000m, object? sponsoredBy = null)
    {
        var bid = await ledger.Host.Records($"/api/footprints/{Footprint}/bids", new
        {
            scheme, sponsors = new[] { "RXX", "RYY" }, amountAsked = asked, fund = "STP capital", route = "Capital", sponsoredBy,
            submittedOn = "2017-05-01", source = Source,
        });
        return (bid.Id, bid.Version);
    }

    private object Decision(string decision, long version, string on, decimal? amount = null, string? reason = null) =>
        new { decision, amount, reason, on, version, source = Source };

    [Fact]
    public async Task money_is_drawn_only_once_confirmed_never_above_the_bid_without_a_reason_and_nothing_after_scrapping()
    {
        var (id, version) = await BidAsync("Urgent care hub");
        var url = $"/api/bids/{id}/decisions";

        (await ledger.Host.Refuses(url, Decision("Drawdown", version, "2017-07-20", 1_000_000m)))
            .Detail.ShouldBe("No money is drawn down before the award is confirmed.");
        // A decision left out is refused, not read as the first kind (a provisional allocation).
        (await ledger.Host.Refuses(url, new { amount = 1_000_000m, on = "2017-07-20", version, source = Source }))
            .Errors["decision"].ShouldBe(["Name the decision: ProvisionalAllocation, Confirmation, BusinessCaseApproval, " +
                                          "Drawdown, Pause, Resumption, Withdrawal, Scrapping."]);
        version = (await ledger.Host.Records(url, Decision("ProvisionalAllocation", version, "2017-07-19", 50_000_000m))).Version;
        (await ledger.Host.Refuses(url, Decision("Confirmation", version, "2017-11-01", 60_000_000m)))
            .Detail.ShouldBe("An award of £60,000,000 is more than the £50,000,000 asked; record why.");
        version = (await ledger.Host.Records(url, Decision("Confirmation", version, "2017-11-01", 45_000_000m))).Version;
        version = (await ledger.Host.Records(url, Decision("Drawdown", version, "2018-01-15", 10_000_000m))).Version;
        (await ledger.Host.Refuses(url, Decision("Drawdown", version, "2018-02-15", 40_000_000m)))
            .Detail.ShouldBe("Drawing £40,000,000 would take £50,000,000, more than the £45,000,000 confirmed.");
        version = (await ledger.Host.Records(url, Decision("Scrapping", version, "2018-06-01", reason: "Site unavailable"))).Version;
        (await ledger.Host.Refuses(url, Decision("Drawdown", version, "2018-07-01", 1_000_000m)))
            .Detail.ShouldBe("'Urgent care hub' was scrapped on 2018-06-01; it takes nothing further.");

        var asAt = (await ledger.Host.GetAsJson<Bid>($"/api/bids/{id}?asOf=2018-01-31"))!;
        (asAt.Status, asAt.Allocated, asAt.DrawnDown).ShouldBe((BidStatus.Confirmed, 45_000_000m, 10_000_000m));
        (await ledger.Host.GetAsJson<Bid>($"/api/bids/{id}"))!.Status.ShouldBe(BidStatus.Scrapped);
    }

    [Fact]
    public async Task an_award_above_the_bid_keeps_its_reason_and_the_footprints_funding_reads_as_at_a_date()
    {
        var board = new BoardScenario(ledger.Host);
        var body = await board.ConstituteAsync(footprint: Footprint, on: "2017-01-01");
        var meeting = await board.MeetingAsync(body, "2017-03-01", "v1", "v2", "v3", "v4", "v5");
        await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        var (id, version) = await BidAsync("Cancer centre", 30_000_000m, new { bodyId = body, resolution = "2017/1" });
        await ledger.Host.Records($"/api/bids/{id}/decisions",
            Decision("Confirmation", version, "2017-07-19", 35_000_000m, "Equipment costs rose after the bid"));

        var before = (await ledger.Host.GetAsJson<FootprintFundingView>($"/api/footprints/{Footprint}/funding?asOf=2017-07-18"))!;
        var after = (await ledger.Host.GetAsJson<FootprintFundingView>($"/api/footprints/{Footprint}/funding?asOf=2017-07-19"))!;

        var bid = after.Bids.Single(b => b.Id == id);
        (bid.Status, bid.Allocated, bid.SponsoredBy!.Resolution).ShouldBe((BidStatus.Confirmed, 35_000_000m, "2017/1"));
        before.Bids.Single(b => b.Id == id).Status.ShouldBe(BidStatus.Asked);
        (await ledger.Host.Refuses($"/api/footprints/{Footprint}/bids", new
        {
            scheme = "x", sponsors = new[] { "RXX" }, amountAsked = 1m, fund = "STP capital", route = "Capital",
            sponsoredBy = new { bodyId = body, resolution = "2017/9" }, submittedOn = "2017-05-01", source = Source,
        })).Detail.ShouldBe($"Body {body} has no resolution 2017/9 to cite.");
    }

    [Fact]
    public async Task a_bid_names_its_route_and_transformation_funding_goes_through_the_footprint_from_april_2017()
    {
        object Bid(string? route, string on) => new
        {
            scheme = "Digital care records", sponsors = new[] { "RXX" }, amountAsked = 2_000_000m,
            fund = "Sustainability and Transformation Fund", route, submittedOn = on, source = Source,
        };
        var url = $"/api/footprints/{Footprint}/bids";

        (await ledger.Host.Refuses(url, Bid(null, "2017-05-01"))).Errors["route"]
            .ShouldBe(["Say which route the bid goes by: Capital or Transformation."]);
        (await ledger.Host.Refuses(url, Bid("Transformation", "2017-03-31"))).Detail
            .ShouldBe("Transformation funding was applied for through the footprint only from 2017-04-01; this bid is dated 2017-03-31.");
        var before = (await ledger.Host.GetAsJson<FundingTotals>("/api/funding/totals?asOf=2030-01-01"))!;
        var bid = await ledger.Host.Records(url, Bid("Transformation", "2017-04-01"));

        (await ledger.Host.GetAsJson<Bid>($"/api/bids/{bid.Id}"))!.Route.ShouldBe(FundingRoute.Transformation);
        var after = (await ledger.Host.GetAsJson<FundingTotals>("/api/funding/totals?asOf=2030-01-01"))!;
        (after.TransformationAsked - before.TransformationAsked).ShouldBe(2_000_000m);
        (after.Asked - before.Asked).ShouldBe(2_000_000m);
    }

    [Fact]
    public async Task every_reported_national_capital_decision_is_imported_once_with_its_source()
    {
        var rows = ReferenceFiles.Rows(CapitalFundingImport.File);
        var identities = FootprintIdentities.From(ReferenceFiles.DataSet);
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var reported = (await session.Events.FetchStreamAsync(CapitalFundingImport.Stream)).Select(e => e.Data)
            .OfType<CapitalFundingReported>().ToList();

        reported.Count.ShouldBe(rows.Count);
        foreach (var row in rows.Where(r => r["footprint_codes"] is not ("national" or "")))
        {
            var id = identities[row["footprint_codes"]];
            var funding = (await ledger.Host.GetAsJson<FootprintFundingView>($"/api/footprints/{id}/funding?asOf=2019-01-01"))!;
            funding.Reported.ShouldContain(r => r.Scheme == row["scheme"] && r.AmountAsStated == row["amount"]
                && r.StatusAsStated == row["status"] && r.Provenance.Source.Reference == row["source"]
                && r.Effective.ToString() == row["date"], $"{row["date"]} {id} {row["scheme"]}");
        }

        (await CapitalFundingImport.RunAsync(store, ReferenceDataSet.DefaultFolder, identities, TimeProvider.System, default))
            .ShouldBe(ImportOutcome.AlreadyImported);
    }
}
