using Marten;

namespace Governance.Ledger.Audit;

public static class AuditRegistration
{
    /// <summary>Seals every event appended through this store and, unless only measuring without it, chains the log.</summary>
    public static void AddAudit(this StoreOptions options, LedgerLog log, SealKey key, bool hashChain)
    {
        options.Storage.ExtendedSchemaObjects.Add(LedgerLog.SealTable());
        options.Storage.ExtendedSchemaObjects.Add(LedgerLog.ChainTable());
        options.Listeners.Add(new EventSealing(key, log));
        if (hashChain) options.Projections.Subscribe(new HashChainSubscription(log, key));
    }
}
