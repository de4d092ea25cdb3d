using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>How far the chain has got behind the log: the gap between recorded and chained.</summary>
public sealed record ChainStatus(long LastRecorded, long LastChained, long Unchained, Checkpoint? LastCheckpoint);

/// <summary>The auditor's operations on the chain: its status, signed checkpoints, and verification.</summary>
public sealed class AuditTrail(LedgerLog log, CheckpointKey key, IDocumentStore store, TimeProvider clock)
{
    public async Task<ChainStatus> StatusAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var lastLink = await session.Query<ChainEntry>().OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellation);
        var lastCheckpoint = await session.Query<StoredCheckpoint>().OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellation);
        var lastRecorded = await log.LastSequenceAsync(cancellation);
        var lastChained = lastLink?.Id ?? 0;
        return new ChainStatus(lastRecorded, lastChained, await log.CountAfterAsync(lastChained, cancellation),
            lastCheckpoint?.Checkpoint);
    }

    /// <summary>Signs the chain's head as it stands (or returns the checkpoint already signed there).</summary>
    public async Task<Checkpoint?> CheckpointAsync(CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var head = await session.Query<ChainEntry>().OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellation);
        if (head is null) return null;
        if (await session.LoadAsync<StoredCheckpoint>(head.Id, cancellation) is { } existing) return existing.Checkpoint;

        var checkpoint = key.Sign(head.Id, head.ChainHash, clock.GetUtcNow());
        session.Insert(new StoredCheckpoint(head.Id, checkpoint));
        await session.SaveChangesAsync(cancellation);
        return checkpoint;
    }

    /// <summary>Recomputes the chain from the whole log and checks it against the stored links, the stored
    /// checkpoints and any <paramref name="handedIn"/> (an auditor's own copies).</summary>
    public async Task<VerificationReport> VerifyAsync(IReadOnlyList<Checkpoint> handedIn, Action<long>? progress,
        CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var stored = (await session.Query<StoredCheckpoint>().ToListAsync(cancellation)).Select(c => c.Checkpoint);
        var links = log.ReadLinks();
        return ChainVerifier.Verify(log.Read(), links, [.. stored, .. handedIn],
            CheckpointKey.PublicKeyFrom(key.PublicKeyPem), completeLog: true, progress);
    }
}
