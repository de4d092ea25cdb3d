using Governance.Domain.Engagement;
using static Governance.Specifications.Engagement.GivenAnEngagement;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Engagement;

/// <summary>What an engagement activity's events add up to: what was held, and what came of it.</summary>
public class an_engagement_record
{
    [Fact]
    public void an_activity_is_what_was_held_from_the_day_it_was_held()
    {
        var activity = With().State;
        (activity.Id, activity.FootprintId, activity.Kind, activity.Title, activity.With, activity.Participants, activity.Heard,
                activity.PlanId, activity.ProposalId, activity.HeldOn)
            .ShouldBe(("stream-1", "QWE", EngagementKind.PublicMeeting, Title, Residents, (int?)140, Heard, (string?)"plan-1",
                (string?)"proposal-1", Day(2016, 9, 15)));
        activity.Materials.ShouldBe([Leaflet]);
    }

    [Fact]
    public void nothing_has_come_of_an_activity_yet_when_it_is_held() =>
        With().State.Outcomes.ShouldBeEmpty();

    [Fact]
    public void an_activity_that_concerned_no_plan_or_proposal_and_gave_no_count_keeps_none()
    {
        var activity = Of(Held with { Participants = null, PlanId = null, ProposalId = null }).State;
        (activity.Participants, activity.PlanId, activity.ProposalId).ShouldBe(((int?)null, (string?)null, (string?)null));
    }

    [Fact]
    public void what_came_of_it_is_kept_in_the_order_recorded_with_its_day_plan_and_amendments()
    {
        var outcomes = With(ActedOn(Day(2017, 2, 1), "A2"), ActedOn(Day(2016, 12, 1), "A1"),
            ActedOn(Day(2017, 3, 1)) with { PlanId = null }).State.Outcomes;

        outcomes.Select(o => (o.Said, o.Did, o.PlanId, o.On)).ShouldBe([
            (Said, Did, (string?)"plan-1", Day(2017, 2, 1)),
            (Said, Did, "plan-1", Day(2016, 12, 1)),
            (Said, Did, null, Day(2017, 3, 1)),
        ]);
        outcomes.Select(o => o.Amendments).ShouldBe([["A2"], ["A1"], []]);
    }

    [Fact]
    public void an_activity_is_held_once_and_a_second_account_of_its_holding_changes_nothing()
    {
        var activity = With(Held with { Title = "Another meeting", Effective = On(2017, 1, 1) }, ActedOn(Day(2016, 12, 1), "A1")).State;
        (activity.Title, activity.HeldOn).ShouldBe((Title, Day(2016, 9, 15)));
        activity.Outcomes.Count.ShouldBe(1);
    }
}
