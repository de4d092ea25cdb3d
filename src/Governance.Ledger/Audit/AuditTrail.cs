using Governance.Domain.Audit;
using JasperFx;

namespace Governance.Ledger.Audit;

/// <summary>How far the chain has got behind the log, the rows it found the ledger did not write, and the last signed
/// checkpoint.</summary>
/// <param name="NotWrittenByLedger">The first sequences (up to 20) the chain found without the ledger's seal.</param>
public sealed record ChainStatus(long LastRecorded, long LastChained, long Unchained, long Burned,
    IReadOnlyList<long> NotWrittenByLedger, Checkpoint? LastCheckpoint);

/// <summary>A checkpoint signed, or why the ledger refused to sign one: it signs only a log it has just verified.</summary>
public sealed record SigningOutcome(Checkpoint? Signed, TamperFinding? Refused);

/// <summary>The auditor's operations on the chain: its status, signed checkpoints, and verification.</summary>
public sealed class AuditTrail(LedgerLog log, CheckpointKey key, SealKey sealKey, IDocumentStore store, TimeProvider clock)
{
    public async Task<ChainStatus> StatusAsync(CancellationToken cancellation)
    {
        var lastChained = (await log.LinkAsync(null, cancellation))?.Sequence ?? 0;
        var (burned, unsealed) = await log.KindsAsync(cancellation);
        await using var session = store.QuerySession();
        var lastCheckpoint = await session.Query<StoredCheckpoint>().OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellation);
        return new ChainStatus(await log.LastSequenceAsync(cancellation), lastChained,
            await log.CountAfterAsync(lastChained, cancellation), burned, unsealed, lastCheckpoint?.Checkpoint);
    }

    /// <summary>How many events are recorded but not yet chained: two lookups by key, cheap enough for a health probe.</summary>
    public async Task<long> UnchainedAsync(CancellationToken cancellation) =>
        await log.CountAfterAsync((await log.LinkAsync(null, cancellation))?.Sequence ?? 0, cancellation);

    /// <summary>Verifies the whole log, then signs the chain's head as it stands (or returns the checkpoint already
    /// signed there); refuses to sign a log that fails verification.</summary>
    public async Task<SigningOutcome> CheckpointAsync(CancellationToken cancellation)
    {
        var report = await VerifyAsync([], progress: null, cancellation);
        if (report.FirstProblem is { } problem) return new(null, problem);

        if (await log.LinkAsync(report.LastSequence, cancellation) is not { } head) return new(null, null);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<StoredCheckpoint>(head.Sequence, cancellation) is { } existing) return new(existing.Checkpoint, null);

        var checkpoint = key.Sign(head.Sequence, head.ChainHash, clock.GetUtcNow());
        session.Insert(new StoredCheckpoint(head.Sequence, checkpoint));
        try
        {
            await session.SaveChangesAsync(cancellation);
            return new(checkpoint, null);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another signer (the background one, or a second request) signed the same head first: that one stands.
            await using var again = store.QuerySession();
            return new((await again.LoadAsync<StoredCheckpoint>(head.Sequence, cancellation))!.Checkpoint, null);
        }
    }

    /// <summary>Signs a checkpoint when the last one stored is at least <paramref name="period"/> old (or there is none)
    /// and the chain has moved past it; null when none is due.</summary>
    public async Task<SigningOutcome?> CheckpointIfDueAsync(TimeSpan period, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var last = await session.Query<StoredCheckpoint>().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellation);
        if (last is not null && clock.GetUtcNow() - last.Checkpoint.SignedAt < period) return null;
        if (await log.LinkAsync(null, cancellation) is not { } head || head.Sequence == last?.Id) return null;
        return await CheckpointAsync(cancellation);
    }

    /// <summary>The first checkpoint of a ledger that has none, once the chain has caught up with the log (a fresh start
    /// loads the reference history first): null while it has one already, or is still catching up.</summary>
    public async Task<SigningOutcome?> FirstCheckpointAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        if (await session.Query<StoredCheckpoint>().AnyAsync(cancellation)) return null;
        var status = await StatusAsync(cancellation);
        return status is { LastRecorded: > 0, Unchained: 0 } && status.LastChained >= status.LastRecorded
            ? await CheckpointAsync(cancellation)
            : null;
    }

    public async Task<bool> HasCheckpointAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.Query<StoredCheckpoint>().AnyAsync(cancellation);
    }

    /// <summary>Recomputes the chain from the whole log and checks it against the stored links, the seals, the stored
    /// checkpoints and any <paramref name="handedIn"/> (an auditor's own copies).</summary>
    public async Task<VerificationReport> VerifyAsync(IReadOnlyList<Checkpoint> handedIn, Action<long>? progress,
        CancellationToken cancellation)
    {
        var stored = await StoredCheckpointsAsync(cancellation);
        var links = log.ReadLinks();
        return ChainVerifier.Verify(new VerificationInput(log.Read(), links, [.. stored, .. handedIn],
            CheckpointKey.PublicKeyFrom(key.PublicKeyPem), CompleteLog: true, sealKey.Secret), progress);
    }

    public async Task<IReadOnlyList<Checkpoint>> StoredCheckpointsAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return (await session.Query<StoredCheckpoint>().OrderBy(c => c.Id).ToListAsync(cancellation))
            .Select(c => c.Checkpoint).ToList();
    }
}
