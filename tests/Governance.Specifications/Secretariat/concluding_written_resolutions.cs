using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAWrittenResolution;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>A written resolution counted once it has closed, or once every member has answered: carried only if enough
/// members answered to make the quorum and the answers carry it under the body's voting rule.</summary>
public class concluding_written_resolutions
{
    private const string Majority = "a simple majority needs more votes for than against";

    private static readonly IWrittenResolutionEvent[] AllAnswered =
        [Answered("chair", WrittenVote.For), Answered("council", WrittenVote.Against), Answered("trust", WrittenVote.For)];

    private static Decision<WrittenResolutionConcluded> Conclude(WrittenResolutions circulated, DateOnly on,
        TermsOfReference? terms = null, string id = "WR1") =>
        circulated.Conclude(id, terms ?? TwoByMajority, on, Minutes);

    [Fact]
    public void after_it_closes_it_is_counted_under_the_bodys_voting_rule() =>
        With(AllAnswered).When(circulated => Conclude(circulated, Day(2017, 8, 16)))
            .Then(Concluded(true, $"2 for, 1 against, 0 abstaining: {Majority}", Day(2017, 8, 16)));

    [Fact]
    public void once_every_member_has_answered_it_is_counted_before_it_closes() =>
        With(AllAnswered).When(circulated => Conclude(circulated, Day(2017, 8, 7)))
            .Then(Concluded(true, $"2 for, 1 against, 0 abstaining: {Majority}", Day(2017, 8, 7)));

    [Fact]
    public void before_it_closes_it_waits_for_every_member_to_answer() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.For)).When(circulated => Conclude(circulated, Day(2017, 8, 14)))
            .ThenRefused("The resolution closes on 2017-08-15 and 1 member has not answered.");

    [Fact]
    public void on_its_closing_day_it_still_waits_for_members_who_may_yet_answer() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.For)).When(circulated => Conclude(circulated, ClosesOn))
            .ThenRefused("The resolution closes on 2017-08-15 and 1 member has not answered.");

    [Fact]
    public void too_few_answers_to_make_the_quorum_carry_nothing() =>
        With(Answered("chair", WrittenVote.For)).When(circulated => Conclude(circulated, Day(2017, 8, 16)))
            .Then(Concluded(false, "Only 1 of the 3 members answered; the quorum is 2.", Day(2017, 8, 16)));

    [Fact]
    public void an_abstention_is_an_answer_towards_the_quorum_but_not_a_vote() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.Abstain)).When(circulated => Conclude(circulated, Day(2017, 8, 16)))
            .Then(Concluded(true, $"1 for, 0 against, 1 abstaining: {Majority}", Day(2017, 8, 16)));

    [Fact]
    public void answers_that_do_not_carry_it_under_the_voting_rule_defeat_it() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.Against)).When(circulated => Conclude(circulated, Day(2017, 8, 16)))
            .Then(Concluded(false, $"1 for, 1 against, 0 abstaining: {Majority}", Day(2017, 8, 16)));

    [Fact]
    public void unanimity_is_every_member_it_was_circulated_to_answering_for() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.For))
            .When(circulated => Conclude(circulated, Day(2017, 8, 16), new TermsOfReference(2, VotingRule.Unanimity)))
            .Then(Concluded(false, "2 for, 0 against, 0 abstaining: unanimity needs every one of the 3 eligible voting members to vote for",
                Day(2017, 8, 16)));

    [Fact]
    public void only_a_resolution_circulated_is_counted() =>
        With(AllAnswered).When(circulated => Conclude(circulated, Day(2017, 8, 16), id: "WR9"))
            .ThenRefused("No written resolution WR9 was circulated.");

    [Fact]
    public void a_resolution_is_counted_once() =>
        With([.. AllAnswered, Concluded(true, "counted", Day(2017, 8, 16))]).When(circulated => Conclude(circulated, Day(2017, 8, 17)))
            .ThenRefused("Written resolution WR1 was counted on 2017-08-16.");

    [Fact]
    public void a_resolution_is_not_counted_before_it_was_circulated() =>
        With().When(circulated => Conclude(circulated, Day(2017, 7, 31)))
            .ThenRefused("Written resolution WR1 was circulated on 2017-08-01.");
}
