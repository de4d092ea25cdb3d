using Governance.Domain.Boards;

namespace Governance.Specifications.Boards;

public class the_voting_rules
{
    private static Votes Cast(int @for, int against, int abstained = 0) => new(
        Enumerable.Range(0, @for).Select(n => $"f{n}").ToList(),
        Enumerable.Range(0, against).Select(n => $"a{n}").ToList(),
        Enumerable.Range(0, abstained).Select(n => $"x{n}").ToList());

    [Theory]
    [InlineData(VotingRule.SimpleMajority, 3, 2, 0, 5, true)]
    [InlineData(VotingRule.SimpleMajority, 2, 2, 1, 5, false)]
    [InlineData(VotingRule.TwoThirdsMajority, 4, 2, 0, 6, true)] // exactly two thirds carries
    [InlineData(VotingRule.TwoThirdsMajority, 3, 2, 1, 6, false)]
    [InlineData(VotingRule.TwoThirdsMajority, 0, 0, 4, 4, false)] // abstentions alone carry nothing
    [InlineData(VotingRule.Unanimity, 5, 0, 0, 5, true)]
    [InlineData(VotingRule.Unanimity, 4, 0, 1, 5, false)] // an abstention breaks unanimity
    [InlineData(VotingRule.ConsensusWithoutDissent, 3, 0, 2, 5, true)] // abstentions do not dissent
    [InlineData(VotingRule.ConsensusWithoutDissent, 4, 1, 0, 5, false)]
    public void a_motion_carries_as_the_rule_says(VotingRule rule, int @for, int against, int abstained, int eligible,
        bool carried)
    {
        VoteCounting.Count(rule, Cast(@for, against, abstained), eligible).Carried.ShouldBe(carried);
    }
}
