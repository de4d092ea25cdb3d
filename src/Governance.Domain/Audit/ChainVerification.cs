namespace Governance.Domain.Audit;

public enum TamperKind
{
    /// <summary>An event's fields no longer hash to what was chained, or no longer match the ledger's seal.</summary>
    Changed,

    /// <summary>A chained event is gone.</summary>
    Missing,

    /// <summary>An event stands at a sequence the chain accounts for otherwise (burned), or for which it has no link.</summary>
    Inserted,

    /// <summary>An event that was chained at one sequence now stands at another.</summary>
    Reordered,

    /// <summary>A stored link does not follow from the one before it.</summary>
    ChainAltered,

    /// <summary>The log does not reach, or does not match, a signed checkpoint.</summary>
    CheckpointMismatch,

    /// <summary>A checkpoint's signature is not the ledger key's.</summary>
    BadSignature,

    /// <summary>An event carries Marten's archived flag, which hides it from every read; the ledger never archives.</summary>
    Archived,

    /// <summary>A row carries no seal of the ledger's key: something other than the ledger wrote it.</summary>
    NotWrittenByLedger,

    /// <summary>An event's recorded time contradicts the checkpoints around it (recorded after a checkpoint that
    /// covers it, or long before one it follows), or is no time at all.</summary>
    ImpossibleRecordedTime,

    /// <summary>A sequence number is accounted for by no link: neither chained as an event nor as a burned sequence.</summary>
    BurnedSequenceMissing,

    /// <summary>Part of the log is covered by no checkpoint signed with the ledger's key.</summary>
    Uncovered,
}

public sealed record TamperFinding(long Sequence, TamperKind Kind, string Detail);

/// <param name="Chained">How many links were checked.</param>
/// <param name="Unchained">Events recorded after the last link: not yet chained, so not yet covered.</param>
public sealed record VerificationReport(long Chained, long Unchained, long LastSequence, TamperFinding? FirstProblem)
{
    public bool Intact => FirstProblem is null;
}
