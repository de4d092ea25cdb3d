using Governance.Domain.Audit;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten.Subscriptions;

namespace Governance.Ledger.Audit;

/// <summary>
/// Follows the event log behind the write path and links every sequence number into the hash chain: an event the
/// ledger sealed, a row it did not (named then, and counted by the audit status), or a sequence a failed transaction
/// burned. Runs in the async daemon, so appends never wait for it; its links commit with its progress, so a restart
/// resumes where it stopped. The daemon hands it a page only once every sequence up to the page's ceiling has
/// committed or been given up, so a sequence with no row there is burned. It takes each sealed row's hash from the
/// ledger's own seal (verify checks it against the row); a row without a valid seal it reads whole, as stored, and no
/// row's content can stop it.
/// </summary>
public sealed class HashChainSubscription : SubscriptionBase
{
    public const string SubscriptionName = "hash_chain";

    private readonly LedgerLog _log;
    private readonly SealKey _key;

    public HashChainSubscription(LedgerLog log, SealKey key)
    {
        _log = log;
        _key = key;
        Name = SubscriptionName;
        // The chain reads every row itself, as stored. Left to itself, the daemon would also load and deserialise every
        // event of each page, only for the chain to ignore them; a type that is never appended keeps its pages empty.
        IncludeType<NeverAppended>();
    }

    /// <summary>An event type nothing appends (see the constructor).</summary>
    public sealed record NeverAppended;

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var last = await _log.LinkAsync(null, cancellationToken);
        var after = last?.Sequence ?? 0;
        var previous = last is null ? HashChain.Genesis : HashChain.FromHex(last.ChainHash);
        LedgerLog.QueueLinks(operations,
            ChainLinks.Follow(_log.ReadSealed(after, page.SequenceCeiling), after, page.SequenceCeiling, previous, _key,
                _log.ReadOne).ToList());

        return NullChangeListener.Instance;
    }
}
