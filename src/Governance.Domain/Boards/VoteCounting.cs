namespace Governance.Domain.Boards;

/// <summary>Whether the votes cast carry a motion under a voting rule, and why, in words.</summary>
public static class VoteCounting
{
    /// <param name="eligible">Voting members present and not recused from the item.</param>
    public static (bool Carried, string Explanation) Count(VotingRule rule, Votes votes, int eligible)
    {
        var (@for, against, abstained) = (votes.For.Count, votes.Against.Count, votes.Abstained.Count);
        var tally = $"{@for} for, {against} against, {abstained} abstaining";
        return rule switch
        {
            VotingRule.SimpleMajority => (@for > against,
                $"{tally}: a simple majority needs more votes for than against"),
            VotingRule.TwoThirdsMajority => (@for > 0 && 3 * @for >= 2 * (@for + against),
                $"{tally}: a two-thirds majority needs at least two thirds of the votes cast to be for"),
            VotingRule.Unanimity => (@for > 0 && @for == eligible,
                $"{tally}: unanimity needs every one of the {eligible} eligible voting members to vote for"),
            VotingRule.ConsensusWithoutDissent => (@for > 0 && against == 0,
                $"{tally}: consensus needs no votes against and at least one for"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }
}
