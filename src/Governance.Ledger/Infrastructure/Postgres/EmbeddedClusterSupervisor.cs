namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>
/// Watches the embedded PostgreSQL server every two seconds; if it has stopped (killed, crashed), marks the database
/// down and starts it again on the same port, until it runs.
/// </summary>
public sealed class EmbeddedClusterSupervisor(PostgresCluster cluster, DatabaseOutage outage,
    ILogger<EmbeddedClusterSupervisor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (await cluster.IsRunningAsync(stoppingToken))
            {
                outage.Ended();
                continue;
            }

            outage.Began("the embedded PostgreSQL server stopped; restarting it");
            try
            {
                await cluster.RestartAsync(stoppingToken);
                outage.Ended();
            }
            catch (Exception failed) when (failed is PostgresUnavailableException or IOException)
            {
                logger.LogDebug(failed, "The embedded PostgreSQL server did not start yet");
            }
        }
    }
}
