using Governance.Domain.Footprints;
using static Governance.Specifications.Footprints.GivenAFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Footprints;

public class appointing_a_lead
{
    [Fact]
    public void a_lead_is_appointed_with_their_role_from_the_day_the_footprint_was_established() =>
        With().When(timeline => FootprintRules.AppointLead(timeline, " Jane Smith ", " Chief executive, RXA ", On(2016, 3, 15), Minutes))
            .Then(new LeadAppointed("Jane Smith", "Chief executive, RXA", On(2016, 3, 15), Minutes));

    [Fact]
    public void a_lead_may_be_appointed_without_a_role() =>
        With().When(timeline => FootprintRules.AppointLead(timeline, "Jane Smith", null, On(2016, 4, 1), Minutes))
            .Then(new LeadAppointed("Jane Smith", null, On(2016, 4, 1), Minutes));

    [Fact]
    public void a_footprint_with_no_record_of_being_established_takes_no_lead() =>
        new Given<FootprintTimeline>(Timeline(new FootprintRenamed("Better Together", On(2016, 4, 1), Minutes)))
            .When(timeline => FootprintRules.AppointLead(timeline, "Jane Smith", null, On(2016, 5, 1), Minutes))
            .ThenRefused("Footprint footprint-1 has no record of being established.");

    [Fact]
    public void nothing_takes_effect_for_a_footprint_before_it_was_established() =>
        With().When(timeline => FootprintRules.AppointLead(timeline, "Jane Smith", null, On(2016, 3, 14), Minutes))
            .ThenRefused("Footprint footprint-1 was established on 2016-03-15; nothing can take effect for it on 2016-03-14.");

    [Fact]
    public void a_merged_footprint_takes_facts_until_the_day_before_its_merger() =>
        With(MergedInto("footprint-3", Day(2020, 4, 1)))
            .When(timeline => FootprintRules.AppointLead(timeline, "Jane Smith", null, On(2020, 3, 31), Minutes))
            .Then(new LeadAppointed("Jane Smith", null, On(2020, 3, 31), Minutes));

    [Fact]
    public void facts_from_the_day_of_a_merger_belong_to_the_successor() =>
        With(MergedInto("footprint-3", Day(2020, 4, 1)))
            .When(timeline => FootprintRules.AppointLead(timeline, "Jane Smith", null, On(2020, 4, 1), Minutes))
            .ThenRefused("Footprint footprint-1 merged into footprint-3 on 2020-04-01; record facts after that date against footprint-3.");
}
