namespace Governance.Domain.Audit;

public enum TamperKind
{
    /// <summary>An event's fields no longer hash to what was chained.</summary>
    Changed,

    /// <summary>A chained event is gone.</summary>
    Missing,

    /// <summary>An event sits inside the chained part of the log but was never chained.</summary>
    Inserted,

    /// <summary>An event that was chained at one sequence now stands at another.</summary>
    Reordered,

    /// <summary>A stored link does not follow from the one before it.</summary>
    ChainAltered,

    /// <summary>The log does not reach, or does not match, a signed checkpoint.</summary>
    CheckpointMismatch,

    /// <summary>A checkpoint's signature is not the ledger key's.</summary>
    BadSignature,
}

public sealed record TamperFinding(long Sequence, TamperKind Kind, string Detail);

/// <param name="Chained">How many links were checked.</param>
/// <param name="Unchained">Events recorded after the last link: not yet chained, so not yet covered.</param>
public sealed record VerificationReport(long Chained, long Unchained, long LastSequence, TamperFinding? FirstProblem)
{
    public bool Intact => FirstProblem is null;
}
