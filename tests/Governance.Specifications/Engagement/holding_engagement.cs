using Governance.Domain.Engagement;
using static Governance.Specifications.Engagement.GivenAnEngagement;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Engagement;

/// <summary>Recording that people were engaged: how, with whom, how many took part, on what materials, what was heard,
/// and the plan or proposed change it concerned.</summary>
public class holding_engagement
{
    private static Func<string, Decision<EngagementHeld>> Hold(int? participants, string? planId = "plan-1",
        string? proposalId = "proposal-1") =>
        footprint => EngagementRules.Hold(footprint, EngagementKind.PublicMeeting, Title, Residents, participants, [Leaflet],
            Heard, planId, proposalId, On(2016, 9, 15), Minutes);

    [Fact]
    public void an_engagement_is_recorded_as_the_papers_give_it_without_stray_spaces() =>
        InTheFootprint.When(footprint => EngagementRules.Hold(footprint, EngagementKind.PublicMeeting, $" {Title} ",
                $"{Residents} ", 140, [Leaflet], $" {Heard}", "plan-1", "proposal-1", On(2016, 9, 15), Minutes))
            .Then(Held);

    [Fact]
    public void how_many_took_part_may_be_left_out_where_the_papers_do_not_say() =>
        InTheFootprint.When(Hold(participants: null)).Then(Held with { Participants = null });

    [Fact]
    public void an_engagement_nobody_came_to_is_recorded_as_nobody() =>
        InTheFootprint.When(Hold(participants: 0)).Then(Held with { Participants = 0 });

    [Fact]
    public void fewer_than_nobody_cannot_take_part() =>
        InTheFootprint.When(Hold(participants: -1))
            .ThenRefused("-1 people cannot take part; give the number, or leave it out.");

    [Fact]
    public void an_engagement_may_concern_neither_a_plan_nor_a_proposed_change() =>
        InTheFootprint.When(Hold(140, planId: null, proposalId: null))
            .Then(Held with { PlanId = null, ProposalId = null });

    [Fact]
    public void every_kind_of_engagement_is_recorded_as_its_kind() =>
        Enum.GetValues<EngagementKind>()
            .Select(kind => EngagementRules.Hold("QWE", kind, Title, Residents, 12, [], Heard, null, null, On(2016, 9, 15), Minutes)
                .Events.Single().Kind)
            .ShouldBe([
                EngagementKind.PublicMeeting, EngagementKind.Survey, EngagementKind.Workshop, EngagementKind.CitizensPanel,
                EngagementKind.StaffEngagement, EngagementKind.PatientGroup,
            ]);
}
