using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>A resolution is numbered, decided by a quorate meeting, and its outcome follows from the votes.</summary>
public class recording_resolutions
{
    private static Decision<ResolutionRecorded> Record(Meeting meeting, ResolutionDraft draft, DateOnly? numberUsedAt = null,
        GoverningBody? body = null) =>
        MeetingRules.RecordResolution(body ?? Body, meeting, draft, numberUsedAt, rescinds: null, Minutes);

    [Fact]
    public void a_motion_carried_by_the_votes_is_recorded_as_passed_in_the_secretarys_words_trimmed() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll with
            {
                Item = " Finance report ", Text = " The board approves the financial plan. ", Reasons = " It balances. ",
            }))
            .Then(Recorded(CarriedByAll));

    [Fact]
    public void a_resolution_may_give_no_reasons()
    {
        var draft = CarriedByAll with { Reasons = null };
        With(AllPresent).When(meeting => Record(meeting, draft)).Then(Recorded(draft));
    }

    [Fact]
    public void a_motion_not_carried_by_the_votes_is_recorded_as_rejected()
    {
        var draft = Motion(Cast(["chair"], ["council", "trust"]), ResolutionOutcome.Rejected);
        With(AllPresent).When(meeting => Record(meeting, draft)).Then(Recorded(draft));
    }

    [Fact]
    public void a_resolution_is_numbered_year_slash_n() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll with { Number = "17/1" }))
            .ThenRefused("'17/1' is not a resolution number. Number resolutions YEAR/N, for example 2017/14.");

    [Theory]
    [InlineData("\u0662\u0660\u0661\u0667/1")]
    [InlineData("2017/\uFF11")]
    public void a_resolution_is_numbered_in_the_digits_0_to_9(string number) =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll with { Number = number }))
            .ThenRefused($"'{number}' is not a resolution number. Number resolutions YEAR/N, for example 2017/14.");

    [Fact]
    public void a_resolution_is_numbered_for_the_year_of_its_meeting() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll with { Number = "2016/3" }))
            .ThenRefused("Resolution 2016/3 is numbered for another year than its meeting (2017-06-01).");

    [Fact]
    public void a_resolution_number_is_used_once_by_a_body() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll, numberUsedAt: Day(2017, 5, 1)))
            .ThenRefused("Resolution 2017/1 of Leeds Partnership Board was already recorded at the meeting of 2017-05-01; " +
                         "a number is used once.");

    [Fact]
    public void attendance_is_recorded_before_any_resolution() =>
        With().When(meeting => Record(meeting, CarriedByAll))
            .ThenRefused("Record who attended before recording resolutions: whether the meeting could decide depends on it.");

    [Fact]
    public void a_meeting_on_or_after_the_day_its_body_was_dissolved_resolves_nothing() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll, body: GivenABody.Body(GivenABody.Dissolved(2017, 5, 1))))
            .ThenRefused("Leeds Partnership Board was dissolved on 2017-05-01; it could not meet or decide on 2017-06-01.");

    [Fact]
    public void an_item_deferred_or_noted_has_no_votes() =>
        With(AllPresent).When(meeting => Record(meeting, Motion(Cast(["chair"]), ResolutionOutcome.Deferred)))
            .ThenRefused("An item recorded as Deferred has no votes.");

    [Fact]
    public void an_inquorate_meeting_may_still_note_an_item()
    {
        var draft = Motion(Votes.None, ResolutionOutcome.Noted);
        With(Attended(Inquorate, "chair")).When(meeting => Record(meeting, draft)).Then(Recorded(draft));
    }

    [Fact]
    public void an_inquorate_meeting_decides_nothing() =>
        With(Attended(Inquorate, "chair"))
            .When(meeting => Record(meeting, Motion(Cast(["chair"]), ResolutionOutcome.Passed)))
            .ThenRefused("An inquorate meeting decides nothing. Inquorate: 1 of 3 voting seats present; the quorum is 2. " +
                         "It can note or defer the item.");

    [Fact]
    public void a_seat_that_declared_an_interest_in_an_item_does_not_vote_on_it() =>
        With(AllPresent, Interest("trust", "FINANCE REPORT"))
            .When(meeting => Record(meeting, Motion(Cast(["chair", "council"], ["trust"]), ResolutionOutcome.Passed)))
            .ThenRefused("trust declared an interest in 'Finance report' and may not vote on it; record them as recused.");

    [Fact]
    public void an_item_written_with_spaces_around_it_is_the_item_an_interest_was_declared_in() =>
        With(AllPresent, Interest("trust", "Finance report"))
            .When(meeting => Record(meeting, Motion(Cast(["chair", "council"], ["trust"]), ResolutionOutcome.Passed) with
            {
                Item = " finance report ",
            }))
            .ThenRefused("trust declared an interest in 'finance report' and may not vote on it; record them as recused.");

    [Fact]
    public void a_seat_that_stood_aside_from_an_item_does_not_also_vote_on_it() =>
        With(AllPresent).When(meeting => Record(meeting, CarriedByAll with { Recused = ["trust"] }))
            .ThenRefused("trust stood aside from 'Finance report' and cannot also vote on it.");

    [Fact]
    public void a_seat_votes_once() =>
        With(AllPresent).When(meeting => Record(meeting, Motion(Cast(["chair", "council"], ["chair"]), ResolutionOutcome.Passed)))
            .ThenRefused("chair voted more than once.");

    [Fact]
    public void only_voting_seats_present_vote() =>
        With(Attended(Quorate, "chair", "council", "region"))
            .When(meeting => Record(meeting, Motion(Cast(["chair", "council"], ["region", "trust"]), ResolutionOutcome.Passed)))
            .ThenRefused("region, trust did not hold a voting seat present at the meeting.");

    [Fact]
    public void a_seat_that_stood_aside_leaves_the_quorum_to_those_who_remain()
    {
        var draft = Motion(Cast(["chair", "council"]), ResolutionOutcome.Passed) with { Recused = ["trust"] };
        With(AllPresent, Interest("trust", "Finance report")).When(meeting => Record(meeting, draft)).Then(Recorded(draft));
    }

    [Fact]
    public void an_item_that_too_many_stood_aside_from_cannot_be_decided() =>
        With(Attended(Quorate, "chair", "council", "region"))
            .When(meeting => Record(meeting, Motion(Cast(["chair"]), ResolutionOutcome.Passed) with { Recused = ["council"] }))
            .ThenRefused("With council recused, only 1 voting members could take part in 'Finance report'; the quorum is 2, " +
                         "so the meeting could not decide it.");

    [Fact]
    public void the_outcome_follows_from_the_votes() =>
        With(AllPresent).When(meeting => Record(meeting, Motion(Cast(["chair"], ["council"]), ResolutionOutcome.Passed)))
            .ThenRefused("The outcome must follow from the votes: 1 for, 1 against, 0 abstaining: a simple majority needs more " +
                         "votes for than against, so the motion was Rejected, not Passed.");

    [Fact]
    public void the_votes_are_counted_by_the_voting_rule_in_force_on_the_day_of_the_meeting() =>
        With(AllPresent).When(meeting => Record(meeting,
                Motion(Cast(["chair", "council"], abstained: ["trust"]), ResolutionOutcome.Passed),
                body: GivenABody.Body(GivenABody.Revised(new TermsOfReference(2, VotingRule.Unanimity), 2017, 5, 1))))
            .ThenRefused("The outcome must follow from the votes: 2 for, 0 against, 1 abstaining: unanimity needs every one of " +
                         "the 3 eligible voting members to vote for, so the motion was Rejected, not Passed.");
}
