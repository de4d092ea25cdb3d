using Wolverine;

namespace Governance.Ledger.Infrastructure;

public static class WolverineSetup
{
    public static void UseLedgerMessaging(this WolverineOptions options)
    {
        options.UseRuntimeCompilation();
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
        // Keeps the first answer to a request sent with an Idempotency-Key (see RecordsOnceAttribute).
        options.Durability.EnableDeduplicatedResponses = true;
    }
}
