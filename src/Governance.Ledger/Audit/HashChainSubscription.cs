using Governance.Domain.Audit;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten.Subscriptions;

namespace Governance.Ledger.Audit;

/// <summary>
/// Follows the event log in global sequence order, behind the write path, and links each event into the hash chain.
/// Runs in the async daemon, so appends never wait for it; its links commit with its progress, so a restart resumes
/// where it stopped. It reads each page's events from the table as stored, because that is what the hashes commit to.
/// </summary>
public sealed class HashChainSubscription : SubscriptionBase
{
    public const string SubscriptionName = "hash_chain";

    private readonly LedgerLog _log;

    public HashChainSubscription(LedgerLog log)
    {
        _log = log;
        Name = SubscriptionName;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var last = await operations.Query<ChainEntry>().OrderByDescending(link => link.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var chain = last is null ? HashChain.Genesis : HashChain.FromHex(last.ChainHash);
        var after = Math.Max(page.SequenceFloor, last?.Id ?? 0);

        foreach (var e in _log.Read(after, page.SequenceCeiling))
        {
            var eventHash = HashChain.EventHash(e);
            chain = HashChain.Next(chain, e.Sequence, eventHash);
            operations.Store(new ChainEntry(e.Sequence, e.StreamKey, HashChain.Hex(eventHash), HashChain.Hex(chain)));
        }

        return NullChangeListener.Instance;
    }
}
