using Alba;
using Governance.Domain.Common;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Footprints;

/// <summary>The sourced changes of leaders and chairs and the sourced governance arrangements, read back as at each
/// row's date and compared with the files.</summary>
[Collection(LedgerCollection.Name)]
public class the_sourced_leaders_and_arrangements(LedgerApp ledger)
{
    private static readonly FootprintIdentities Identities = FootprintIdentities.From(ReferenceFiles.DataSet);

    private Task<ReportedGovernance> Reported(string footprintId, DateOnly asOf) =>
        ledger.Host.GetAsJson<ReportedGovernance>($"/api/footprints/{footprintId}/reported-governance?asOf={asOf:yyyy-MM-dd}")!;

    private static EffectiveDate Dated(CsvRow row, string file) => SourcedFiles.Dated(row["date"], row["precision"], file);

    [Fact]
    public async Task every_change_of_leader_is_read_on_its_date_and_not_the_day_before_and_an_undated_one_on_no_date()
    {
        foreach (var row in ReferenceFiles.Rows(SourcedGovernanceImport.Leadership))
        {
            var id = Identities[row["footprint_code"]];
            var date = Dated(row, SourcedGovernanceImport.Leadership);
            bool Same(LeadershipChangeReported r) => r.Person == row["person"] && r.Role == row["role"]
                && r.InSourceWords == row["change"] && r.Notes == row["notes"] && r.Provenance.Source.Reference == row["source"]
                && r.Effective.ToString() == (date.IsDated() ? row["date"] : "undated");

            if (!date.IsDated())
            {
                var any = (await Reported(id, new DateOnly(2030, 1, 1)))!;
                any.UndatedLeadership.Count(Same).ShouldBe(1, $"{row["person"]}: undated");
                any.Leadership.Count(Same).ShouldBe(0);
                continue;
            }

            (await Reported(id, date.Date))!.Leadership.Count(Same).ShouldBe(1, $"{row["date"]} {row["person"]}");
            (await Reported(id, date.Date.AddDays(-1)))!.Leadership.Count(Same).ShouldBe(0, $"{row["person"]} before {row["date"]}");
        }
    }

    [Fact]
    public async Task every_arrangement_is_read_on_its_date_in_each_footprint_it_concerns_and_the_national_row_as_direction()
    {
        foreach (var row in ReferenceFiles.Rows(SourcedGovernanceImport.Arrangements))
        {
            var date = Dated(row, SourcedGovernanceImport.Arrangements);
            if (row["footprint_code"] == "national")
            {
                var direction = (await ledger.Host.GetAsJson<NationalDirectionView>($"/api/national-direction?asOf={row["date"]}"))!;
                direction.Direction.ShouldContain(m => m.Detail.StartsWith(row["what"]) && m.Provenance.Source.Reference == row["source"]);
                var before = (await ledger.Host.GetAsJson<NationalDirectionView>($"/api/national-direction?asOf={date.Date.AddDays(-1):yyyy-MM-dd}"))!;
                before.Direction.ShouldNotContain(m => m.Detail.StartsWith(row["what"]));
                continue;
            }

            var footprints = row["footprint_code"].Split(';').Select(code => Identities[code]).ToList();
            foreach (var id in footprints)
            {
                bool Same(ArrangementReported r) => r.What == row["what"] && r.Notes == row["notes"]
                    && r.Provenance.Source.Reference == row["source"]
                    && r.AlsoFor.Order().SequenceEqual(footprints.Where(f => f != id).Order());
                if (!date.IsDated())
                {
                    (await Reported(id, new DateOnly(2030, 1, 1)))!.UndatedArrangements.Count(Same).ShouldBe(1, $"{id}: undated");
                    continue;
                }

                (await Reported(id, date.Date))!.Arrangements.Count(Same).ShouldBe(1, $"{row["date"]} {id} {row["kind"]}");
                (await Reported(id, date.Date.AddDays(-1)))!.Arrangements.Count(Same).ShouldBe(0);
            }
        }
    }

    [Fact]
    public async Task a_leader_reported_as_stepping_down_no_longer_holds_the_post_and_their_successor_does()
    {
        var cheshireAndMerseyside = Identities["E54000008"];

        var before = (await Reported(cheshireAndMerseyside, new DateOnly(2017, 8, 22)))!;
        before.Leaders.ShouldNotContain(l => l.Person == "Mel Pickup");

        var after = (await Reported(cheshireAndMerseyside, new DateOnly(2017, 8, 23)))!;
        after.Leaders.ShouldContain(l => l.Person == "Mel Pickup" && l.Change == LeadershipChange.Appointed && l.Since == "2017-08-23");
        after.Leaders.ShouldNotContain(l => l.Person == "Louise Shepherd");

        // An announced departure changes nobody's post: Alan Yates is still reported in post after it.
        var announced = (await Reported(cheshireAndMerseyside, new DateOnly(2021, 5, 31)))!;
        announced.Leadership.ShouldContain(r => r.Change == LeadershipChange.Announced);
        announced.Leaders.ShouldContain(l => l.Person == "Alan Yates");
    }

    [Fact]
    public async Task the_reports_are_in_the_footprints_own_streams_and_a_second_import_adds_nothing()
    {
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var reports = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "leadership_change_reported" || e.EventTypeName == "arrangement_reported")
            .Select(e => e.StreamKey!).ToListAsync();
        var expected = SourcedGovernanceImport.Streams(ReferenceFiles.Rows(SourcedGovernanceImport.Leadership),
            ReferenceFiles.Rows(SourcedGovernanceImport.Arrangements), Identities);
        reports.Count.ShouldBe(expected.Where(s => s.Key != NationalMilestoneReached.StreamKey).Sum(s => s.Events.Count));
        reports.Distinct().ShouldAllBe(key => (ReferenceFiles.DataSet.Footprints2016.Select(f => Identities[f.Code])).Contains(key));

        (await SourcedGovernanceImport.RunAsync(store, ReferenceDataSet.DefaultFolder, Identities, TimeProvider.System, default))
            .ShouldBe(ImportOutcome.AlreadyImported);
        (await session.Events.QueryAllRawEvents()
            .CountAsync(e => e.EventTypeName == "leadership_change_reported" || e.EventTypeName == "arrangement_reported"))
            .ShouldBe(reports.Count);
    }

    [Fact]
    public async Task the_footprint_page_shows_who_the_sources_report_in_post_and_keeps_undated_reports_off_the_timeline()
    {
        var kentAndMedway = Identities["E54000032"];
        var page = await ledger.Host.Scenario(s => s.Get.Url($"/footprints/{kentAndMedway}?asOf=2019-06-30"));
        var html = await page.ReadAsTextAsync();

        html.ShouldContain("id=\"leaders\"");
        html.ShouldContain("<strong>Glenn Douglas</strong>");
        var undated = html[html.IndexOf("id=\"undated\"", StringComparison.Ordinal)..];
        undated.ShouldContain("Wilf Williams");
        html[..html.IndexOf("id=\"undated\"", StringComparison.Ordinal)].ShouldNotContain("Wilf Williams");
    }

    [Theory]
    [InlineData("appointed (designate)", LeadershipChange.Designated)]
    [InlineData("in post as designate (as at)", LeadershipChange.Designated)]
    [InlineData("appointed (from 1 March); stepped down as lead", LeadershipChange.Appointed)]
    [InlineData("retired as trust chief executive; to continue on the ACS part-time", LeadershipChange.InPost)]
    [InlineData("stepped down (decided earlier in 2017; stayed until replaced)", LeadershipChange.Left)]
    [InlineData("appointment recommended (to take over on 1 April, when the eight CCGs merge)", LeadershipChange.Recommended)]
    [InlineData("failed to appoint CEO designate", LeadershipChange.NotAppointed)]
    public void the_sources_words_for_a_change_are_read_as_the_change_they_describe(string words, LeadershipChange change) =>
        SourcedGovernanceImport.ReadChange(words).ShouldBe(change);

    [Fact]
    public void words_the_import_cannot_read_stop_it_rather_than_being_guessed_at() =>
        Should.Throw<InvalidOperationException>(() => SourcedGovernanceImport.ReadChange("promoted"))
            .Message.ShouldBe("leadership_changes.csv describes a change the ledger cannot read: 'promoted'.");

    [Fact]
    public async Task an_appointment_cannot_be_recorded_without_a_date()
    {
        var problem = await ledger.Host.Refuses($"/api/footprints/{Identities["E54000032"]}/leads", new
        {
            lead = "Someone", effectiveOn = "2019-01-01", precision = "Unknown", version = 1,
            source = new { reference = "Board paper (test)" },
        });
        problem.Errors.ShouldContainKey("precision");
    }
}
