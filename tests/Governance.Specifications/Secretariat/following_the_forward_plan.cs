using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using static Governance.Specifications.Boards.GivenAnAgenda;
using static Governance.Specifications.Secretariat.GivenAForwardPlan;
using static Governance.Specifications.Secretariat.GivenMeetings;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// The forward plan followed through the meetings of 1 June 2017 (the stroke reconfiguration deferred, car parking
/// charges decided without notice) and 1 September 2017 (the stroke reconfiguration passed, the Seacroft sale rejected
/// in private, a motion under any other business passed), with the decisions the plan never announced.
/// </summary>
public class following_the_forward_plan
{
    private static readonly DateOnly June = Day(2017, 6, 1), September = Day(2017, 9, 1);

    private static readonly Meeting InJune = Held("meeting-6", June, Quorate(June),
        Item("3", "Stroke reconfiguration", "fp-1"), Item("4", "Car parking charges"),
        Resolved("2017/1", "Stroke reconfiguration", June, ResolutionOutcome.Deferred), Resolved("2017/2", "4", June));

    private static readonly Meeting InSeptember = Held("meeting-9", September, Quorate(September),
        Item("2", "Stroke reconfiguration", "fp-1"), Item("5", "Seacroft site", "fp-2", isPrivate: true),
        Resolved("2017/5", "2", September), Resolved("2017/6", "Seacroft site", September, ResolutionOutcome.Rejected),
        Resolved("2017/7", "Any other business", September));

    private static ForwardPlanThreads Followed(ForwardPlan? plan, params IReadOnlyList<Meeting> meetings) =>
        ForwardPlanThreads.Of(plan, meetings);

    private static ForwardPlanThread Thread(ForwardPlanThreads threads, string itemId) => threads.Threads.Single(t => t.Item.Id == itemId);

    [Fact]
    public void each_item_of_the_plan_is_followed_to_the_agendas_that_took_it_up()
    {
        var threads = Followed(Plan(Seacroft), InJune, InSeptember);
        threads.Threads.Select(t => t.Item).ShouldBe(Plan(Seacroft).Items);
        Thread(threads, "fp-1").OnAgenda.ShouldBe([
            new AgendaPlace("meeting-6", June, "3", "Stroke reconfiguration"),
            new AgendaPlace("meeting-9", September, "2", "Stroke reconfiguration"),
        ]);
        Thread(threads, "fp-2").OnAgenda.ShouldBe([new AgendaPlace("meeting-9", September, "5", "Seacroft site")]);
    }

    [Fact]
    public void and_to_the_resolutions_that_decided_it_passed_or_rejected_not_those_that_deferred_it()
    {
        var threads = Followed(Plan(Seacroft), InJune, InSeptember);
        Thread(threads, "fp-1").DecidedBy.ShouldBe([new DecisionPlace("meeting-9", September, "2017/5", ResolutionOutcome.Passed, "2")]);
        Thread(threads, "fp-2").DecidedBy.ShouldBe([
            new DecisionPlace("meeting-9", September, "2017/6", ResolutionOutcome.Rejected, "Seacroft site"),
        ]);
    }

    [Fact]
    public void a_decision_on_an_item_the_plan_never_announced_or_not_on_the_agenda_is_a_late_addition() =>
        Followed(Plan(Seacroft), InJune, InSeptember).LateAdditions.ShouldBe([
            new DecisionPlace("meeting-6", June, "2017/2", ResolutionOutcome.Passed, "4"),
            new DecisionPlace("meeting-9", September, "2017/7", ResolutionOutcome.Passed, "Any other business"),
        ]);

    [Fact]
    public void an_item_only_noted_is_neither_decided_nor_late()
    {
        var noted = Held("meeting-7", Day(2017, 7, 1), Quorate(Day(2017, 7, 1)), Item("6", "Winter plan"),
            Resolved("2017/3", "6", Day(2017, 7, 1), ResolutionOutcome.Noted));
        var threads = Followed(Plan(), noted);
        (threads.Threads.Single().DecidedBy.Count, threads.LateAdditions.Count).ShouldBe((0, 0));
    }

    [Fact]
    public void a_decision_on_an_item_withdrawn_from_the_plan_before_the_meeting_is_late_though_the_item_still_leads_to_it()
    {
        var threads = Followed(Plan(Seacroft, Withdrawn("fp-2", Day(2017, 8, 1))), InJune, InSeptember);
        threads.LateAdditions.Select(d => d.Resolution).ShouldBe(["2017/2", "2017/6", "2017/7"]);
        Thread(threads, "fp-2").DecidedBy.Select(d => d.Resolution).ShouldBe(["2017/6"]);
    }

    [Fact]
    public void a_decision_on_an_item_not_yet_in_the_plan_on_the_day_of_the_meeting_is_late()
    {
        var early = Held("meeting-6", June, Quorate(June), Item("5", "Seacroft site", "fp-2", isPrivate: true),
            Resolved("2017/2", "5", June));
        Followed(Plan(Seacroft), early).LateAdditions.Select(d => d.Resolution).ShouldBe(["2017/2"]);
    }

    [Fact]
    public void an_item_published_in_the_plan_on_the_day_of_the_meeting_stood_in_it()
    {
        var sameDay = Held("meeting-7", Day(2017, 6, 15), Quorate(Day(2017, 6, 15)),
            Item("5", "Seacroft site", "fp-2", isPrivate: true), Resolved("2017/2", "5", Day(2017, 6, 15)));
        Followed(Plan(Seacroft), sameDay).LateAdditions.ShouldBeEmpty();
    }

    [Fact]
    public void without_a_forward_plan_nothing_is_followed_and_every_decision_is_late()
    {
        var threads = Followed(null, InJune, InSeptember);
        threads.Threads.ShouldBeEmpty();
        threads.LateAdditions.Select(d => d.Resolution).ShouldBe(["2017/2", "2017/5", "2017/6", "2017/7"]);
    }

    [Fact]
    public void decisions_are_listed_in_the_order_of_their_meetings() =>
        Followed(null, InSeptember, InJune).LateAdditions.Select(d => d.Resolution).ShouldBe(["2017/2", "2017/5", "2017/6", "2017/7"]);

    [Fact]
    public void a_resolution_whose_item_was_corrected_is_followed_under_the_corrected_item()
    {
        var corrected = InSeptember.After(new ResolutionCorrected("2017/7", "item", "Any other business", "Stroke reconfiguration",
            "Minuted under the wrong item.", On(2017, 10, 1), Minutes));
        var threads = Followed(Plan(Seacroft), InJune, corrected);
        Thread(threads, "fp-1").DecidedBy.Select(d => d.Resolution).ShouldBe(["2017/5", "2017/7"]);
        threads.LateAdditions.Select(d => d.Resolution).ShouldBe(["2017/2"]);
    }
}
