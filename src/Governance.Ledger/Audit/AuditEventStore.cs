using Marten;

namespace Governance.Ledger.Audit;

public static class AuditEventStore
{
    public static void AddAudit(this StoreOptions options, LedgerLog log)
    {
        options.Projections.Subscribe(new HashChainSubscription(log));
    }
}
