namespace Governance.Domain.Boards;

public enum BodyKind
{
    PartnershipBoard,
    JointCommittee,
    CommitteesInCommon,
    HealthAndWellbeingBoard,
    PartnerOrganisationBoard,
    IntegratedCareBoard,
    IntegratedCarePartnership,
}

/// <summary>How votes cast (for and against; abstentions are not counted) decide a motion.</summary>
public enum VotingRule
{
    SimpleMajority,
    TwoThirdsMajority,

    /// <summary>Every voting member present and not recused votes for.</summary>
    Unanimity,

    /// <summary>No one votes against, and at least one votes for.</summary>
    ConsensusWithoutDissent,
}

/// <param name="Quorum">How many voting seats must be present (and, for a decision, not recused from the item).</param>
public sealed record TermsOfReference(int Quorum, VotingRule Voting);

/// <param name="Votes">False for a seat that attends without a vote (an NHS England regional team, say).</param>
public sealed record Seat(string Id, string Title, string? Organisation, bool Votes);
