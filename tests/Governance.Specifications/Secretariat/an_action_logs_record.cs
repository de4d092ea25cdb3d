using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAnActionLog;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>What an action log's events add up to: each action with its notes, due date and closure, and which are overdue.</summary>
public class an_action_logs_record
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IActionEvent;

    [Fact]
    public void an_action_is_kept_as_raised_open_and_without_notes()
    {
        var log = Log();
        (log.Id, log.BodyId).ShouldBe(("stream-1", BodyId));
        log.Actions.Single().ShouldBeEquivalentTo(new ActionItem("A1", "Circulate the stroke options appraisal to partners",
            "Director of Strategy", Day(2017, 6, 1), Day(2017, 7, 1), "meeting-6", "resolution 2017/2", [], null));
    }

    [Fact]
    public void progress_adds_a_note_and_moves_the_due_date_only_when_it_gives_one()
    {
        var action = Log(Progressed("Draft shared.", Day(2017, 6, 20), Day(2017, 8, 1)), Progressed("Chased.", Day(2017, 7, 10)))
            .Find("A1")!;
        action.DueOn.ShouldBe(Day(2017, 8, 1));
        action.Notes.ShouldBe([new ActionNote(Day(2017, 6, 20), "Draft shared."), new ActionNote(Day(2017, 7, 10), "Chased.")]);
    }

    [Fact]
    public void closing_adds_its_note_and_keeps_the_day()
    {
        var action = Log(Closed(Day(2017, 6, 30))).Find("A1")!;
        (action.ClosedOn, action.Notes.Single()).ShouldBe((Day(2017, 6, 30), new ActionNote(Day(2017, 6, 30), "Circulated on the day.")));
    }

    [Fact]
    public void a_note_on_one_action_leaves_the_others_as_they_were()
    {
        var log = Log(Another, Closed(Day(2017, 6, 30), "A2"));
        (log.Find("A1")!.ClosedOn, log.Find("A1")!.Notes.Count, log.Find("A2")!.ClosedOn).ShouldBe(((DateOnly?)null, 0, Day(2017, 6, 30)));
    }

    [Fact]
    public void an_action_the_log_never_had_is_not_found() => Log().Find("A9").ShouldBeNull();

    [Fact]
    public void an_open_action_is_overdue_from_the_day_after_it_was_due()
    {
        var action = Log().Find("A1")!;
        (action.OverdueOn(Day(2017, 7, 1)), action.OverdueOn(Day(2017, 7, 2))).ShouldBe((false, true));
    }

    [Fact]
    public void an_action_whose_due_date_moved_is_overdue_from_the_day_after_the_new_one()
    {
        var action = Log(Progressed("More time.", Day(2017, 6, 20), Day(2017, 8, 1))).Find("A1")!;
        (action.OverdueOn(Day(2017, 7, 2)), action.OverdueOn(Day(2017, 8, 2))).ShouldBe((false, true));
    }

    [Fact]
    public void a_closed_action_is_not_overdue() => Log(Closed(Day(2017, 7, 15))).Find("A1")!.OverdueOn(Day(2017, 8, 1)).ShouldBeFalse();

    [Fact]
    public void it_is_the_stream_of_its_body() => ActionLog.StreamKey("board-1").ShouldBe("actions:board-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var log = Log();
        log.After(new AnEventNotYetKnown(On(2017, 6, 1), Minutes)).ShouldBeSameAs(log);
    }
}
