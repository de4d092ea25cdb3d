using Governance.Ledger.Audit;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Governance.Ledger.Infrastructure;

/// <summary>
/// For load balancers and operators: <c>/health/live</c> answers while the process serves at all; <c>/health/ready</c>
/// only while the database answers and the hash chain (the async daemon's work) is no more than
/// <c>Governance:Health:MaxUnchained</c> events (default 1,000) behind the log. Either is 200 or 503, open to anyone.
/// </summary>
public static class LedgerHealth
{
    private const string Ready = "ready";

    public static void AddLedgerHealth(this WebApplicationBuilder builder, string connectionString) =>
        builder.Services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "database", tags: [Ready])
            .AddCheck<ChainFollowing>("hash chain", tags: [Ready]);

    public static void MapLedgerHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) })
            .AllowAnonymous();
    }

    private sealed class ChainFollowing(AuditTrail audit, IConfiguration configuration) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            var limit = configuration.GetValue("Governance:Health:MaxUnchained", 1_000L);
            // Not the whole audit status: that counts every burned link, too much for a probe every few seconds.
            var unchained = await audit.UnchainedAsync(cancellationToken);
            return unchained <= limit
                ? HealthCheckResult.Healthy($"{unchained} events not yet chained.")
                : HealthCheckResult.Unhealthy($"{unchained} events not yet chained (more than {limit}): the async daemon is not keeping up, or not running.");
        }
    }
}
