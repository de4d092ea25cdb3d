using Governance.Domain.Footprints;
using static Governance.Specifications.Footprints.GivenAFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Footprints;

/// <summary>A footprint's registry attributes on a date, as the ledger knew them at a moment.</summary>
public class a_footprints_timeline
{
    [Fact]
    public void a_footprint_is_nothing_before_it_was_established() =>
        With().State.AsAt(Day(2016, 3, 14)).ShouldBeNull();

    [Fact]
    public void a_footprint_is_what_its_establishment_made_it_from_that_day()
    {
        var footprint = With().State.AsAt(Day(2016, 3, 15))!;
        footprint.ShouldBe(AsEstablished);
        footprint.Id.ShouldBe("footprint-1");
    }

    [Fact]
    public void a_footprint_is_renamed_given_a_new_code_and_assigned_to_a_region() =>
        With(new FootprintRenamed("Better Together", On(2016, 6, 1), Minutes),
                new FootprintCodeReissued("E54000001", "E54000040", On(2017, 1, 1), Minutes),
                new FootprintAssignedToRegion("South West", On(2017, 2, 1), Minutes))
            .State.AsAt(Day(2017, 2, 1))
            .ShouldBe(AsEstablished with { Name = "Better Together", Code = "E54000040", Region = "South West" });

    [Fact]
    public void a_lead_is_recorded_with_their_role() =>
        With(new LeadAppointed("Jane Smith", "SRO", On(2016, 4, 1), Minutes)).State.AsAt(Day(2016, 4, 1))
            .ShouldBe(AsEstablished with { Lead = "Jane Smith", LeadRole = "SRO" });

    [Fact]
    public void a_footprint_becomes_a_partnership_and_then_an_integrated_care_system()
    {
        var timeline = With(new PartnershipFormed(On(2017, 4, 1), Minutes),
            new IntegratedCareSystemDesignated("accountable care system", "2017-06", On(2017, 6, 15), Minutes)).State;
        timeline.AsAt(Day(2017, 4, 1)).ShouldBe(AsEstablished with { Stage = FootprintStage.Partnership });
        timeline.AsAt(Day(2017, 6, 15)).ShouldBe(AsEstablished with
        {
            Stage = FootprintStage.IntegratedCareSystem, DesignatedAs = "accountable care system", Wave = "2017-06",
        });
    }

    [Fact]
    public void a_footprint_never_moves_back_a_stage() =>
        With(new IntegratedCareSystemDesignated("accountable care system", "2017-06", On(2017, 6, 15), Minutes),
                new PartnershipFormed(On(2017, 7, 1), Minutes))
            .State.AsAt(Day(2017, 7, 1))!.Stage.ShouldBe(FootprintStage.IntegratedCareSystem);

    [Fact]
    public void a_later_designation_keeps_the_stage_and_records_its_terms() =>
        With(new IntegratedCareSystemDesignated("accountable care system", "2017-06", On(2017, 6, 15), Minutes),
                new IntegratedCareSystemDesignated("integrated care system", "2018-05", On(2018, 5, 1), Minutes))
            .State.AsAt(Day(2018, 5, 1))
            .ShouldBe(AsEstablished with
            {
                Stage = FootprintStage.IntegratedCareSystem, DesignatedAs = "integrated care system", Wave = "2018-05",
            });

    [Fact]
    public void an_integrated_care_board_takes_its_code_name_and_region() =>
        With(new IntegratedCareSystemDesignated("integrated care system", "2018-05", On(2018, 5, 1), Minutes),
                new IntegratedCareBoardEstablished("E54000050", "NHS Healthier Together ICB", "South West", On(2022, 7, 1), Minutes))
            .State.AsAt(Day(2022, 7, 1))
            .ShouldBe(AsEstablished with
            {
                Code = "E54000050", Name = "NHS Healthier Together ICB", Region = "South West",
                Stage = FootprintStage.IntegratedCareBoard, DesignatedAs = "integrated care system", Wave = "2018-05",
            });

    [Fact]
    public void a_merger_ends_the_footprint_and_names_its_successor()
    {
        var merged = With(MergedInto("footprint-3", Day(2020, 4, 1))).State.AsAt(Day(2020, 4, 1))!;
        merged.ShouldBe(AsEstablished with { EndedOn = Day(2020, 4, 1), Successor = "footprint-3" });
        merged.ExistsOn(Day(2016, 3, 14)).ShouldBeFalse();
        merged.ExistsOn(Day(2016, 3, 15)).ShouldBeTrue();
        merged.ExistsOn(Day(2020, 3, 31)).ShouldBeTrue();
        merged.ExistsOn(Day(2020, 4, 1)).ShouldBeFalse();
    }

    [Fact]
    public void a_footprint_that_has_not_ended_exists_from_its_establishment_on() =>
        AsEstablished.ExistsOn(Day(2030, 1, 1)).ShouldBeTrue();

    [Fact]
    public void an_area_transferred_or_a_milestone_noted_changes_no_registry_attribute() =>
        With(new AreaTransferred("footprint-1", "footprint-2", "Example District", On(2019, 4, 1), Minutes),
                new FootprintMilestoneNoted("plan-published", "Five-year plan", On(2019, 5, 1), Minutes))
            .State.AsAt(Day(2019, 5, 1)).ShouldBe(AsEstablished);

    [Fact]
    public void facts_apply_in_effective_date_order_however_late_they_were_recorded()
    {
        var timeline = With(new FootprintRenamed("Later name", On(2018, 1, 1), Minutes),
            new FootprintRenamed("Earlier name", On(2017, 1, 1), Minutes)).State;
        timeline.AsAt(Day(2017, 6, 1))!.Name.ShouldBe("Earlier name");
        timeline.AsAt(Day(2018, 6, 1))!.Name.ShouldBe("Later name");
    }

    [Fact]
    public void facts_of_the_same_day_apply_in_the_order_the_ledger_sequenced_them()
    {
        // Held out of sequence order, as a timeline read back from several streams might be.
        var timeline = FootprintTimeline.Empty(Id)
            .Record(new RecordedFootprintEvent(Established, 1, FirstRecordedAt))
            .Record(new RecordedFootprintEvent(new FootprintRenamed("Sequenced third", On(2017, 1, 1), Minutes), 3, FirstRecordedAt))
            .Record(new RecordedFootprintEvent(new FootprintRenamed("Sequenced second", On(2017, 1, 1), Minutes), 2, FirstRecordedAt));
        timeline.AsAt(Day(2017, 1, 1))!.Name.ShouldBe("Sequenced third");
    }

    [Fact]
    public void as_known_at_a_moment_a_footprint_is_what_had_been_recorded_by_then()
    {
        var timeline = With(new FootprintRenamed("Better Together", On(2016, 6, 1), Minutes)).State;
        timeline.AsAt(Day(2017, 1, 1), knownAt: FirstRecordedAt).ShouldBe(AsEstablished);
        timeline.AsAt(Day(2017, 1, 1), knownAt: FirstRecordedAt.AddDays(1))!.Name.ShouldBe("Better Together");
        timeline.AsAt(Day(2017, 1, 1), knownAt: FirstRecordedAt.AddSeconds(-1)).ShouldBeNull();
    }

    [Fact]
    public void a_fact_dated_before_the_footprint_was_established_is_not_part_of_it()
    {
        var timeline = Timeline(new FootprintRenamed("Before its time", On(2016, 1, 1), Minutes), Established);
        timeline.AsAt(Day(2016, 2, 1)).ShouldBeNull();
        timeline.AsAt(Day(2016, 3, 15)).ShouldBe(AsEstablished);
    }

    [Fact]
    public void a_second_establishment_changes_nothing() =>
        With(Established with { Name = "Established again", Effective = On(2017, 1, 1) })
            .State.AsAt(Day(2017, 1, 1)).ShouldBe(AsEstablished);
}
