using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;

namespace Governance.Specifications.Boards;

/// <summary>Whether the votes cast carry a motion under each voting rule, with the count in words.</summary>
public class counting_votes
{
    private static (bool, string) Count(VotingRule rule, Votes votes, int eligible = 3) =>
        VoteCounting.Count(rule, votes, eligible);

    [Fact]
    public void a_simple_majority_is_more_votes_for_than_against()
    {
        Count(VotingRule.SimpleMajority, Cast(["chair", "council"], ["trust"]))
            .ShouldBe((true, "2 for, 1 against, 0 abstaining: a simple majority needs more votes for than against"));
        Count(VotingRule.SimpleMajority, Cast(["chair"], ["trust"], ["council"]))
            .ShouldBe((false, "1 for, 1 against, 1 abstaining: a simple majority needs more votes for than against"));
    }

    [Fact]
    public void a_two_thirds_majority_is_at_least_two_thirds_of_the_votes_cast_for()
    {
        const string needs = "a two-thirds majority needs at least two thirds of the votes cast to be for";
        Count(VotingRule.TwoThirdsMajority, Cast(["chair", "council"], ["trust"])).ShouldBe((true, $"2 for, 1 against, 0 abstaining: {needs}"));
        Count(VotingRule.TwoThirdsMajority, Cast(["chair"], ["trust"])).ShouldBe((false, $"1 for, 1 against, 0 abstaining: {needs}"));
    }

    [Fact]
    public void a_two_thirds_majority_needs_at_least_one_vote_for() =>
        Count(VotingRule.TwoThirdsMajority, Cast([], abstained: ["chair"]))
            .ShouldBe((false, "0 for, 0 against, 1 abstaining: a two-thirds majority needs at least two thirds of the votes cast to be for"));

    [Fact]
    public void unanimity_is_every_eligible_voting_member_voting_for()
    {
        const string needs = "unanimity needs every one of the 3 eligible voting members to vote for";
        Count(VotingRule.Unanimity, Cast(["chair", "council", "trust"])).ShouldBe((true, $"3 for, 0 against, 0 abstaining: {needs}"));
        Count(VotingRule.Unanimity, Cast(["chair", "council"], abstained: ["trust"]))
            .ShouldBe((false, $"2 for, 0 against, 1 abstaining: {needs}"));
    }

    [Fact]
    public void unanimity_of_no_one_carries_nothing() =>
        Count(VotingRule.Unanimity, Votes.None, eligible: 0)
            .ShouldBe((false, "0 for, 0 against, 0 abstaining: unanimity needs every one of the 0 eligible voting members to vote for"));

    [Fact]
    public void consensus_is_no_vote_against_and_at_least_one_for()
    {
        const string needs = "consensus needs no votes against and at least one for";
        Count(VotingRule.ConsensusWithoutDissent, Cast(["chair"], abstained: ["council", "trust"]))
            .ShouldBe((true, $"1 for, 0 against, 2 abstaining: {needs}"));
        Count(VotingRule.ConsensusWithoutDissent, Cast(["chair", "council"], ["trust"]))
            .ShouldBe((false, $"2 for, 1 against, 0 abstaining: {needs}"));
        Count(VotingRule.ConsensusWithoutDissent, Cast([], abstained: ["chair"]))
            .ShouldBe((false, $"0 for, 0 against, 1 abstaining: {needs}"));
    }

    [Fact]
    public void a_voting_rule_the_ledger_does_not_know_counts_nothing() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Count((VotingRule)99, Votes.None))
            .ParamName.ShouldBe("rule");
}
