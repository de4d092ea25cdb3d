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
        builder.Services.AddHostedService<PeriodicCheckpoints>();
    }
}

/// <summary>Verifies the log and signs the chain's head every <c>Governance:Audit:CheckpointMinutes</c> (default 60)
/// while it moves.</summary>
public sealed class PeriodicCheckpoints(AuditTrail audit, IConfiguration configuration, TimeProvider clock,
    ILogger<PeriodicCheckpoints> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Governance:Audit:CheckpointMinutes", 60));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var (checkpoint, refused) = await audit.CheckpointAsync(stoppingToken);
            if (checkpoint is not null)
                logger.LogInformation("Checkpoint signed through {Sequence}: {ChainHash}", checkpoint.Sequence, checkpoint.ChainHash);
            if (refused is not null)
                logger.LogError("No checkpoint signed: the log failed verification: {Kind} at sequence {Sequence}: {Detail}",
                    refused.Kind, refused.Sequence, refused.Detail);
        }
    }
}
