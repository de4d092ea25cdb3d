using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenChairsActions;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// Chair's action CA1 of 10 July 2017 as it stands on a day, against the body's meetings: quorate on 1 June and on
/// 10 July, inquorate on 1 August, quorate on 1 September and 1 October.
/// </summary>
public class chairs_actions_flagged
{
    private static readonly IReadOnlyList<MeetingHeld> Meetings =
    [
        new("meeting-6", Day(2017, 6, 1), true), new("meeting-7", TakenOn, true), new("meeting-8", Day(2017, 8, 1), false),
        new("meeting-9", Day(2017, 9, 1), true), new("meeting-10", Day(2017, 10, 1), true),
    ];

    private const string Awaiting = "Awaiting ratification at the next quorate meeting.";

    private const string NotRatifiedInSeptember = "Not ratified: the next quorate meeting, on 2017-09-01, did not ratify it.";

    private static IReadOnlyList<ChairsActionFlag> FlagsOn(ChairsActions actions, DateOnly date) => actions.FlagsOn(date, Meetings);

    [Fact]
    public void an_action_is_not_flagged_before_it_was_taken() => FlagsOn(Record(), Day(2017, 7, 9)).ShouldBeEmpty();

    [Fact]
    public void from_the_day_it_is_taken_until_a_quorate_meeting_after_it_an_action_awaits_ratification()
    {
        FlagsOn(Record(), TakenOn).ShouldBe([new ChairsActionFlag("CA1", Awaiting)]);
        FlagsOn(Record(), Day(2017, 8, 31)).ShouldBe([new ChairsActionFlag("CA1", Awaiting)]);
    }

    [Fact]
    public void once_the_next_quorate_meeting_passes_without_ratifying_it_an_action_is_flagged_as_not_ratified() =>
        FlagsOn(Record(), Day(2017, 9, 1)).ShouldBe([new ChairsActionFlag("CA1", NotRatifiedInSeptember)]);

    [Fact]
    public void an_action_ratified_at_the_next_quorate_meeting_is_flagged_until_the_day_it_is_ratified_and_not_after()
    {
        var ratified = Record(Ratified("meeting-9", "2017/9", atNext: true, Day(2017, 9, 1)));
        FlagsOn(ratified, Day(2017, 8, 31)).ShouldBe([new ChairsActionFlag("CA1", Awaiting)]);
        FlagsOn(ratified, Day(2017, 9, 1)).ShouldBeEmpty();
        FlagsOn(ratified, Day(2018, 1, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void an_action_ratified_after_the_next_quorate_meeting_stays_flagged_as_ratified_late()
    {
        var late = Record(Ratified("meeting-10", "2017/10", atNext: false, Day(2017, 10, 1)));
        FlagsOn(late, Day(2017, 9, 30)).ShouldBe([new ChairsActionFlag("CA1", NotRatifiedInSeptember)]);
        FlagsOn(late, Day(2017, 10, 1)).ShouldBe([new ChairsActionFlag("CA1",
            "Ratified by resolution 2017/10, after the next quorate meeting of 2017-09-01 passed without it.")]);
        FlagsOn(late, Day(2018, 1, 1)).ShouldBe([new ChairsActionFlag("CA1",
            "Ratified by resolution 2017/10, after the next quorate meeting of 2017-09-01 passed without it.")]);
    }

    [Fact]
    public void each_action_is_flagged_on_its_own() =>
        FlagsOn(Record(Another, Ratified("meeting-9", "2017/9", atNext: true, Day(2017, 9, 1))), Day(2017, 8, 15))
            .ShouldBe([new ChairsActionFlag("CA1", Awaiting), new ChairsActionFlag("CA2", Awaiting)]);

    [Fact]
    public void an_action_ratified_in_time_leaves_the_others_flagged() =>
        FlagsOn(Record(Another, Ratified("meeting-9", "2017/9", atNext: true, Day(2017, 9, 1))), Day(2017, 9, 15))
            .ShouldBe([new ChairsActionFlag("CA2", NotRatifiedInSeptember)]);
}
