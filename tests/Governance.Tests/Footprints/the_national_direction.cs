using Alba;
using Governance.Ledger.Footprints;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Tests.Support;

namespace Governance.Tests.Footprints;

/// <summary>The national direction footprints answered to, read as at a date against timeline.csv and the national
/// row of governance_arrangements.csv.</summary>
[Collection(LedgerCollection.Name)]
public class the_national_direction(LedgerApp ledger)
{
    [Theory]
    [InlineData("2016-12-31")]
    [InlineData("2017-07-21")]
    [InlineData("2022-12-31")]
    public async Task holds_every_national_row_of_the_timeline_in_effect_by_the_date_with_its_source(string asOf)
    {
        var expected = ReferenceFiles.Rows("timeline.csv").Where(r => r["scope"] == "national")
            .Where(r => string.CompareOrdinal(r["effective_date"], asOf) <= 0)
            .Select(r => (r["kind"], r["detail"])).ToList();
        var stated = ReferenceFiles.Rows(SourcedGovernanceImport.Arrangements).Where(r => r["footprint_code"] == "national")
            .Where(r => string.CompareOrdinal(r["date"], asOf) <= 0).Select(r => r["source"]).ToList();

        var view = (await ledger.Host.GetAsJson<NationalDirectionView>($"/api/national-direction?asOf={asOf}"))!;

        view.Direction.Where(m => m.Kind != "GovernanceStatusStated").Select(m => (m.Kind, m.Detail)).ShouldBe(expected, ignoreOrder: true);
        view.Direction.Where(m => m.Kind != "GovernanceStatusStated").ShouldAllBe(m => m.Provenance.Source.Reference.Contains("timeline.csv"));
        view.Direction.Where(m => m.Kind == "GovernanceStatusStated").Select(m => m.Provenance.Source.Reference).ShouldBe(stated);
        view.Direction.Select(m => m.Effective.Date).ShouldBeInOrder(SortDirection.Descending);
    }
}
