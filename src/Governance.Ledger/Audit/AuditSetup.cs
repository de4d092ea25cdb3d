using Wolverine.Runtime.Agents;

namespace Governance.Ledger.Audit;

public static class AuditSetup
{
    public static void AddLedgerAudit(this WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Services.AddSingleton(CheckpointKey.From(builder.Configuration, dataDirectory));
        builder.Services.AddSingleton(SealKey.From(builder.Configuration, dataDirectory));
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<LedgerExport>();
        builder.Services.AddSingleton<ProjectionReplay>();
        builder.Services.AddSingleton<IAgentFamily, CheckpointSigning>();
    }
}
