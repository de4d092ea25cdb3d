using Marten;

namespace Governance.Ledger.Audit;

public static class AuditEventStore
{
    public static void AddAudit(this StoreOptions options, LedgerLog log)
    {
        options.Projections.Subscribe(new HashChainSubscription(log));
        options.Schema.For<ChainEntry>().Identity(link => link.Id);
        options.Schema.For<StoredCheckpoint>().Identity(checkpoint => checkpoint.Id);
    }
}
