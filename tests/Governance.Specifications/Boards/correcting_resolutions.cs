using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>Correcting the words of resolution 2017/1 as recorded; what was recorded first stays in the record.</summary>
public class correcting_resolutions
{
    private const string Text = "The board approves the financial plan.";

    private static ResolutionCorrected Corrected(string field, string was, string correct, string reason = "Misrecorded.") =>
        new("2017/1", field, was, correct, reason, MeetingDay, Minutes);

    private static Given<Meeting> Passed(params IMeetingEvent[] corrections) =>
        With([AllPresent, Recorded(CarriedByAll), ..corrections]);

    private static Decision<ResolutionCorrected> Correct(Meeting meeting, string field, string correct, string number = "2017/1") =>
        MeetingRules.CorrectResolution(meeting, number, field, correct, " Misrecorded. ", Minutes);

    [Fact]
    public void the_text_is_corrected_saying_what_was_recorded_and_why() =>
        Passed().When(meeting => Correct(meeting, "text", " The board approves the financial plan for 2017/18. "))
            .Then(Corrected("text", Text, "The board approves the financial plan for 2017/18."));

    [Fact]
    public void a_later_correction_corrects_the_text_as_last_corrected() =>
        Passed(Corrected("text", Text, "Second text."), Corrected("reasons", "It balances.", "It is balanced."))
            .When(meeting => Correct(meeting, "text", "Third text."))
            .Then(Corrected("text", "Second text.", "Third text."));

    [Fact]
    public void a_resolution_reads_as_its_last_correction_of_the_text() =>
        Meeting(AllPresent, Recorded(CarriedByAll), Corrected("text", Text, "Second text."),
                Corrected("text", "Second text.", "Third text."), Corrected("item", "Finance report", "Finance"))
            .Find("2017/1")!.Text.ShouldBe("Third text.");

    [Fact]
    public void words_that_already_read_so_are_not_corrected() =>
        Passed(Corrected("text", Text, "Second text."))
            .When(meeting => Correct(meeting, "text", " Second text. "))
            .ThenRefused("The text of 2017/1 already reads so; there is nothing to correct.");

    [Fact]
    public void the_reasons_are_corrected_from_those_recorded() =>
        Passed().When(meeting => Correct(meeting, "reasons", "It is balanced."))
            .Then(Corrected("reasons", "It balances.", "It is balanced."));

    [Fact]
    public void the_reasons_are_corrected_from_those_last_corrected() =>
        Passed(Corrected("reasons", "It balances.", "It is balanced."))
            .When(meeting => Correct(meeting, "reasons", "It is balanced by 2021."))
            .Then(Corrected("reasons", "It is balanced.", "It is balanced by 2021."));

    [Fact]
    public void reasons_never_given_are_added_by_correcting_them_from_nothing() =>
        With(AllPresent, Recorded(CarriedByAll with { Reasons = null }))
            .When(meeting => Correct(meeting, "reasons", "It balances."))
            .Then(Corrected("reasons", "", "It balances."));

    [Fact]
    public void reasons_never_given_are_not_corrected_to_nothing() =>
        With(AllPresent, Recorded(CarriedByAll with { Reasons = null }))
            .When(meeting => Correct(meeting, "reasons", " "))
            .ThenRefused("The reasons of 2017/1 already reads so; there is nothing to correct.");

    [Fact]
    public void the_item_is_corrected_from_the_one_recorded() =>
        Passed().When(meeting => Correct(meeting, "item", "Financial plan"))
            .Then(Corrected("item", "Finance report", "Financial plan"));

    [Fact]
    public void the_item_is_corrected_from_the_one_last_corrected() =>
        Passed(Corrected("item", "Finance report", "Financial plan"))
            .When(meeting => Correct(meeting, "item", "Financial plan 2017/18"))
            .Then(Corrected("item", "Financial plan", "Financial plan 2017/18"));

    [Fact]
    public void only_a_resolution_recorded_at_the_meeting_is_corrected() =>
        Passed().When(meeting => Correct(meeting, "text", "Other text.", number: "2017/9"))
            .ThenRefused("No resolution 2017/9 was recorded at this meeting.");

    [Fact]
    public void votes_and_outcomes_are_not_corrected() =>
        Passed().When(meeting => Correct(meeting, "outcome", "Rejected"))
            .ThenRefused("'outcome' cannot be corrected; only text, reasons, item can. Votes and outcomes stand as decided: " +
                         "a different decision is a new resolution, which may rescind this one.");
}
