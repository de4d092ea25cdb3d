using Governance.Ledger.SharedDecisions;
using Wolverine;

namespace Governance.Ledger.Infrastructure;

public static class WolverineSetup
{
    public static void UseLedgerMessaging(this WolverineOptions options, IConfiguration configuration)
    {
        options.UseRuntimeCompilation();
        // Any number of nodes on one database (docs/operations.md): they elect a leader, which hands each piece of
        // background work (each subscription, the stored messages' recovery, the checkpoints) to one node.
        options.Durability.Mode = DurabilityMode.Balanced;
        // A node that has not reported for this long is dead: its work and its stored messages go to the others.
        var nodeTimeout = TimeSpan.FromSeconds(configuration.GetValue("Governance:Cluster:NodeTimeoutSeconds", 15));
        options.Durability.StaleNodeTimeout = nodeTimeout;
        options.Durability.HealthCheckPollingTime = nodeTimeout / 5;
        options.Durability.CheckAssignmentPeriod = nodeTimeout;
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
        // Keeps the first answer to a request sent with an Idempotency-Key (see RecordsOnceAttribute).
        options.Durability.EnableDeduplicatedResponses = true;
        options.UseSharedDecisionMessaging();
    }
}
