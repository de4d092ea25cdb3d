using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace Governance.Ledger.Infrastructure.Cluster;

/// <summary>One node of the ledger's cluster and the background work it runs now, each piece named by its agent's
/// address (the hash chain is <c>event-subscriptions://…/hash_chain/…</c>, the checkpoints
/// <c>ledger-checkpoints://signer</c>, the stored messages' recovery <c>wolverinedb://…</c>).</summary>
public sealed record NodeView(int NodeNumber, Guid NodeId, bool Leader, IReadOnlyList<string> Work);

public static class NodeEndpoints
{
    /// <summary>This node: its number in the cluster, whether it leads, and the work it runs.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverineGet("/api/cluster/node", OperationId = "GetNode")]
    public static NodeView Get(IWolverineRuntime runtime)
    {
        return new NodeView(runtime.Options.Durability.AssignedNodeNumber, runtime.Options.UniqueNodeId,
            runtime is WolverineRuntime { } concrete && concrete.IsLeader(),
            runtime.Agents.AllRunningAgentUris().Where(uri => uri != NodeAgentController.LeaderUri)
                .Select(uri => uri.ToString()).Order().ToList());
    }
}
