using Governance.Domain.Common;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Tests.Support;

namespace Governance.Tests.Footprints;

public class the_reference_history_plan
{
    private static readonly IReadOnlyList<PlannedStream> Plan = ReferenceHistoryPlan.From(ReferenceFiles.DataSet);

    private static IEnumerable<T> EventsOf<T>(string stream) =>
        Plan.Single(s => s.Key == stream).Events.OfType<T>();

    private static IEnumerable<(string Stream, T Event)> All<T>() =>
        Plan.SelectMany(s => s.Events.OfType<T>().Select(e => (s.Key, e)));

    [Fact]
    public void establishes_every_2016_footprint_on_the_day_the_footprints_were_published()
    {
        var established = All<FootprintEstablished>().Where(e => e.Event.FormedFrom.Count == 0).ToList();

        established.Count.ShouldBe(44);
        established.ShouldAllBe(e => e.Event.Effective == EffectiveDate.OnDay(new DateOnly(2016, 3, 15)));
    }

    [Theory]
    [InlineData("QWO", "E54000005")] // West Yorkshire: code reissued in 2020 as E54000054
    [InlineData("QF7", "E54000009")] // South Yorkshire and Bassetlaw: E54000061 from July 2022
    [InlineData("E54000045", "E54000045")] // merged in 2018 before any Q-code is in the sources
    public void gives_each_footprint_an_identity_that_survives_its_code_changes(string id, string code2016)
    {
        EventsOf<FootprintEstablished>(id).Single().Code.ShouldBe(code2016);
    }

    [Fact]
    public void forms_cumbria_and_north_east_from_the_three_northern_footprints_and_ends_them()
    {
        EventsOf<FootprintEstablished>("QHM").Single().FormedFrom
            .ShouldBe(["E54000045", "E54000046", "E54000047"]);
        foreach (var merged in new[] { "E54000045", "E54000046", "E54000047" })
            EventsOf<FootprintsMerged>(merged).Single().Successor.ShouldBe("QHM");
    }

    [Fact]
    public void establishes_each_integrated_care_board_in_the_stream_of_its_footprint()
    {
        var boards = All<IntegratedCareBoardEstablished>().ToList();

        boards.Count.ShouldBe(42);
        boards.Select(b => b.Stream).Distinct().Count().ShouldBe(42);
        boards.Single(b => b.Stream == "QT1").Event.Code.ShouldBe("E54000060");
    }

    [Fact]
    public void records_an_area_transfer_in_both_footprints()
    {
        var bassetlaw = EventsOf<AreaTransferred>("QF7").Single();

        (bassetlaw.FromFootprint, bassetlaw.ToFootprint).ShouldBe(("QF7", "QT1"));
        EventsOf<AreaTransferred>("QT1").ShouldContain(bassetlaw);
    }

    [Theory]
    [InlineData("QF7", "2016-03-30", DatePrecision.Day)] // cited as HSJ, 30 Mar 2016
    [InlineData("QE1", "2016-03-15", DatePrecision.Month)] // cited as NHS England, Mar 2016: not before the footprint
    [InlineData("QUA", "2016-03-15", DatePrecision.Year)] // cited with no date
    public void dates_each_2016_lead_by_what_its_citation_says(string id, string date, DatePrecision precision)
    {
        EventsOf<LeadAppointed>(id).Single().Effective.ShouldBe(new EffectiveDate(DateOnly.Parse(date), precision));
    }

    [Fact]
    public void keeps_every_national_row_of_the_timeline_as_a_national_milestone()
    {
        var nationalRows = ReferenceFiles.Rows("timeline.csv").Count(row => row["scope"] == "national");

        EventsOf<NationalMilestoneReached>(NationalMilestoneReached.StreamKey).Count().ShouldBe(nationalRows);
    }

    [Fact]
    public void appends_each_stream_in_effective_date_order()
    {
        Plan.ShouldAllBe(stream => stream.Events.Zip(stream.Events.Skip(1))
            .All(pair => pair.First.Effective.Date <= pair.Second.Effective.Date));
    }
}
