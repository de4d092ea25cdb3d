using Governance.Domain.Audit;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Audit;

/// <summary>Checkpoints handed in by an auditor to verify the log against.</summary>
public sealed record VerifyRequest(IReadOnlyList<Checkpoint>? Checkpoints);

public static class AuditEndpoints
{
    /// <summary>How far the chain has followed the log, and the last signed checkpoint.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverineGet("/api/audit/status", OperationId = "GetChainStatus")]
    public static Task<ChainStatus> Status(AuditTrail audit, CancellationToken cancellation) =>
        audit.StatusAsync(cancellation);

    /// <summary>The public key that checkpoints are signed with (PEM), for auditors to keep outside the ledger.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/audit/public-key", OperationId = "GetCheckpointPublicKey")]
    public static IResult PublicKey(CheckpointKey key) => TypedResults.Text(key.PublicKeyPem, "application/x-pem-file");

    /// <summary>Every checkpoint the ledger has signed, oldest first.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverineGet("/api/audit/checkpoints", OperationId = "ListCheckpoints")]
    public static async Task<IReadOnlyList<Checkpoint>> Checkpoints(RecordReader record, CancellationToken cancellation) =>
        (await record.Listings<StoredCheckpoint>().OrderBy(c => c.Id).ToListAsync(cancellation)).Select(c => c.Checkpoint).ToList();

    /// <summary>Verifies the log, then signs the chain's head now; keep the answer outside the ledger.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverinePost("/api/audit/checkpoints", OperationId = "SignCheckpoint")]
    public static async Task<IResult> SignCheckpoint(AuditTrail audit, CancellationToken cancellation) =>
        await audit.CheckpointAsync(cancellation) switch
        {
            { Signed: { } checkpoint } => TypedResults.Ok(checkpoint),
            { Refused: { } problem } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The log failed verification, so no checkpoint was signed",
                detail: $"{problem.Kind} at sequence {problem.Sequence}: {problem.Detail}"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing chained yet",
                detail: "The chain has no links yet; try again once the first events are chained."),
        };

    /// <summary>Recomputes the chain from the whole log and checks the stored links, the stored checkpoints and any
    /// handed in; says where the first problem is, and what it is.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverinePost("/api/audit/verify", OperationId = "VerifyLedger")]
    public static Task<VerificationReport> Verify(VerifyRequest request, AuditTrail audit, CancellationToken cancellation) =>
        audit.VerifyAsync(request.Checkpoints ?? [], progress: null, cancellation);
}
