namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>
/// Where the ledger keeps its events: the server named by the <c>Governance</c> connection string, or, when none is
/// configured, an embedded cluster of the ledger's own kept in the data directory.
/// </summary>
public static class LedgerDatabase
{
    public const string ConnectionStringName = "Governance";
    public const string DatabaseName = "governance";

    /// <summary>Where the ledger keeps what is its own on this machine: <c>Governance:DataDirectory</c>, by default
    /// .data/ under the content root.</summary>
    public static string DataDirectory(WebApplicationBuilder builder) =>
        builder.Configuration["Governance:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, ".data");

    public static async Task<string> ConnectionStringAsync(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var cluster = await PostgresCluster.StartAsync(Path.Combine(DataDirectory(builder), "postgres"));
        await cluster.EnsureDatabaseAsync(DatabaseName);
        builder.Services.AddHostedService(_ => new EmbeddedClusterLifetime(cluster));
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<EmbeddedClusterSupervisor>();
        // Command-line verbs build the host without running it; stop the cluster when the process ends all the same.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster.ConnectionString(DatabaseName);
    }

    /// <summary>Registered before Marten and Wolverine, so it is stopped after them.</summary>
    private sealed class EmbeddedClusterLifetime(PostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await cluster.DisposeAsync();
    }
}
