using Governance.Ledger.Infrastructure.Postgres;

namespace Governance.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started by the same launcher the app uses; each fixture
/// takes a database of its own in it. The cluster is stopped and deleted when the test process ends.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);

    public static async Task<string> NewDatabaseAsync()
    {
        var cluster = await Shared.Value;
        var database = $"test_{Guid.NewGuid():N}";
        await cluster.EnsureDatabaseAsync(database);
        return cluster.ConnectionString(database);
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        var cluster = await PostgresCluster.StartThrowawayAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
