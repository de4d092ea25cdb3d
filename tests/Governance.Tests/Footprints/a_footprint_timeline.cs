using Governance.Domain.Common;
using Governance.Domain.Footprints;

namespace Governance.Tests.Footprints;

public class a_footprint_timeline
{
    private static readonly Provenance Cited = new("tester", null, new SourceDocument("test"));
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static RecordedFootprintEvent At(long sequence, IFootprintEvent e, int minutesAfter = 0) =>
        new(e, sequence, Recorded.AddMinutes(minutesAfter));

    private static FootprintEstablished Established(string date) => new(
        "E54000099", "Testshire", "North", FootprintStage.SustainabilityAndTransformationPlan, [],
        EffectiveDate.OnDay(DateOnly.Parse(date)), Cited);

    private static LeadAppointed Lead(string name, string date) =>
        new(name, null, EffectiveDate.OnDay(DateOnly.Parse(date)), Cited);

    private static FootprintTimeline Timeline(params RecordedFootprintEvent[] events) =>
        events.Aggregate(FootprintTimeline.Empty("QZZ"), (timeline, e) => timeline.Record(e));

    [Fact]
    public void a_fact_recorded_late_takes_its_place_in_effective_date_order()
    {
        var timeline = Timeline(
            At(1, Established("2016-03-15")),
            At(2, Lead("Later Lead", "2019-01-01")),
            At(3, Lead("Earlier Lead", "2017-01-01"), minutesAfter: 60));

        timeline.AsAt(new DateOnly(2018, 1, 1))!.Lead.ShouldBe("Earlier Lead");
        timeline.AsAt(new DateOnly(2020, 1, 1))!.Lead.ShouldBe("Later Lead");
    }

    [Fact]
    public void as_known_at_a_moment_it_leaves_out_what_was_recorded_after_it()
    {
        var timeline = Timeline(
            At(1, Established("2016-03-15")),
            At(2, Lead("Late Entry", "2017-01-01"), minutesAfter: 60));

        timeline.AsAt(new DateOnly(2018, 1, 1), knownAt: Recorded.AddMinutes(30))!.Lead.ShouldBeNull();
        timeline.AsAt(new DateOnly(2018, 1, 1), knownAt: Recorded.AddMinutes(60))!.Lead.ShouldBe("Late Entry");
    }

    [Fact]
    public void it_does_not_exist_before_it_was_established_nor_from_the_day_it_merged()
    {
        var merged = new FootprintsMerged(["QZZ", "QYY"], "QXX", EffectiveDate.InMonth(new DateOnly(2018, 8, 1)), Cited);
        var timeline = Timeline(At(1, Established("2016-03-15")), At(2, merged));

        timeline.AsAt(new DateOnly(2016, 3, 14)).ShouldBeNull();
        timeline.AsAt(new DateOnly(2018, 7, 31))!.ExistsOn(new DateOnly(2018, 7, 31)).ShouldBeTrue();
        timeline.AsAt(new DateOnly(2018, 8, 1))!.ExistsOn(new DateOnly(2018, 8, 1)).ShouldBeFalse();
        timeline.WhyNotOpenOn(new DateOnly(2019, 1, 1)).ShouldBe(
            "Footprint QZZ merged into QXX on 2018-08-01; record facts after that date against QXX.");
    }

    [Fact]
    public void a_national_step_dated_after_a_designation_does_not_move_it_back_a_stage()
    {
        var designated = new IntegratedCareSystemDesignated(
            "integrated care system", "2017-01", EffectiveDate.OnDay(new DateOnly(2017, 1, 10)), Cited);
        var partnership = new PartnershipFormed(EffectiveDate.OnDay(new DateOnly(2017, 3, 31)), Cited);
        var timeline = Timeline(At(1, Established("2016-03-15")), At(2, designated), At(3, partnership));

        timeline.AsAt(new DateOnly(2017, 4, 1))!.Stage.ShouldBe(FootprintStage.IntegratedCareSystem);
    }
}
