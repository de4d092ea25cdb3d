using Governance.Ledger.SharedDecisions;
using Wolverine;

namespace Governance.Ledger.Infrastructure;

public static class WolverineSetup
{
    public static void UseLedgerMessaging(this WolverineOptions options)
    {
        options.UseRuntimeCompilation();
        // One node (see ops/README.md): it owns every stored message, including those a stopped run left scheduled.
        options.Durability.Mode = DurabilityMode.Solo;
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
        // Keeps the first answer to a request sent with an Idempotency-Key (see RecordsOnceAttribute).
        options.Durability.EnableDeduplicatedResponses = true;
        options.UseSharedDecisionMessaging();
    }
}
