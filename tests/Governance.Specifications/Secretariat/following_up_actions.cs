using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAnActionLog;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>Actions raised at a meeting, chased with progress notes that may move their due date, and closed.</summary>
public class following_up_actions
{
    private static Decision<ActionRaised> Raise(ActionLog? log, string actionId, DateOnly dueOn, DateOnly on) =>
        ActionLog.Raise(log, BodyId, actionId, "Report on winter pressures", "Chief Operating Officer", dueOn, "meeting-6", "item 5",
            on, Minutes);

    [Fact]
    public void an_action_is_raised_at_a_meeting_with_its_owner_due_date_and_what_it_arises_from_in_the_secretarys_words_trimmed() =>
        NoneYet.When(log => ActionLog.Raise(log, BodyId, "A1", " Circulate the stroke options appraisal to partners ",
                " Director of Strategy ", Day(2017, 7, 1), "meeting-6", " resolution 2017/2 ", Day(2017, 6, 1), Minutes))
            .Then(Raised);

    [Fact]
    public void another_action_joins_the_log() =>
        With().When(log => Raise(log, "A2", Day(2017, 9, 1), Day(2017, 6, 1))).Then(Another);

    [Fact]
    public void an_action_may_be_due_on_the_day_it_is_raised() =>
        With().When(log => Raise(log, "A2", Day(2017, 6, 1), Day(2017, 6, 1))).Then(Another with { DueOn = Day(2017, 6, 1) });

    [Fact]
    public void an_action_id_is_used_once_in_a_log() =>
        With().When(log => Raise(log, "A1", Day(2017, 9, 1), Day(2017, 6, 1))).ThenRefused("The action log already has an action A1.");

    [Fact]
    public void an_action_is_not_due_before_it_is_raised() =>
        With().When(log => Raise(log, "A2", Day(2017, 5, 31), Day(2017, 6, 1)))
            .ThenRefused("An action raised on 2017-06-01 cannot be due before it, on 2017-05-31.");

    [Fact]
    public void progress_is_noted_in_the_secretarys_words_trimmed_and_may_move_the_due_date() =>
        With().When(log => log.Progress("A1", " Draft shared with the trust. ", Day(2017, 8, 1), Day(2017, 6, 20), Minutes))
            .Then(Progressed("Draft shared with the trust.", Day(2017, 6, 20), Day(2017, 8, 1)));

    [Fact]
    public void progress_may_leave_the_due_date_where_it_was_from_the_day_the_action_was_raised() =>
        With().When(log => log.Progress("A1", "Drafting.", null, Day(2017, 6, 1), Minutes)).Then(Progressed("Drafting.", Day(2017, 6, 1)));

    [Fact]
    public void only_an_action_of_the_log_progresses() =>
        With().When(log => log.Progress("A9", "Drafting.", null, Day(2017, 6, 20), Minutes)).ThenRefused("The action log has no action A9.");

    [Fact]
    public void a_closed_action_does_not_progress() =>
        With(Closed(Day(2017, 6, 30))).When(log => log.Progress("A1", "Reopened.", null, Day(2017, 7, 5), Minutes))
            .ThenRefused("Action A1 was closed on 2017-06-30; raise a new action instead.");

    [Fact]
    public void nothing_of_an_action_is_noted_before_it_was_raised() =>
        With().When(log => log.Progress("A1", "Drafting.", null, Day(2017, 5, 31), Minutes))
            .ThenRefused("Action A1 was raised on 2017-06-01; nothing of it comes before.");

    [Fact]
    public void a_due_date_is_not_moved_to_before_the_day_it_is_moved()
    {
        var decision = With().When(log => log.Progress("A1", "Brought forward.", Day(2017, 5, 1), Day(2017, 6, 20), Minutes)).Decision;
        decision.Events.ShouldBeEmpty();
        decision.Rejection.ShouldNotBeNull();
    }

    [Fact]
    public void an_action_is_closed_with_a_note_in_the_secretarys_words_trimmed() =>
        With(Progressed("Drafting.", Day(2017, 6, 20))).When(log => log.Close("A1", " Circulated on the day. ", Day(2017, 6, 30), Minutes))
            .Then(Closed(Day(2017, 6, 30)));

    [Fact]
    public void an_action_may_be_closed_on_the_day_it_was_raised() =>
        With().When(log => log.Close("A1", "Circulated on the day.", Day(2017, 6, 1), Minutes)).Then(Closed(Day(2017, 6, 1)));

    [Fact]
    public void only_an_action_of_the_log_is_closed() =>
        With().When(log => log.Close("A9", "Done.", Day(2017, 6, 30), Minutes)).ThenRefused("The action log has no action A9.");

    [Fact]
    public void an_action_is_closed_once() =>
        With(Closed(Day(2017, 6, 30))).When(log => log.Close("A1", "Done again.", Day(2017, 7, 5), Minutes))
            .ThenRefused("Action A1 was closed on 2017-06-30; raise a new action instead.");

    [Fact]
    public void an_action_is_not_closed_before_it_was_raised() =>
        With().When(log => log.Close("A1", "Done.", Day(2017, 5, 31), Minutes))
            .ThenRefused("Action A1 was raised on 2017-06-01; nothing of it comes before.");
}
