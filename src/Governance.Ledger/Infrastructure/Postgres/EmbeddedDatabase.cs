using System.Runtime.InteropServices;

namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>The embedded PostgreSQL cluster alone, for several nodes to share (ops/cluster.sh): a node must be able to
/// die without taking the database with it.</summary>
public static class EmbeddedDatabase
{
    /// <summary>Starts the cluster kept in <paramref name="dataDirectory"/>/postgres, prints the ledger database's
    /// connection string, and stops the cluster on SIGINT or SIGTERM.</summary>
    public static async Task<int> RunAsync(string dataDirectory)
    {
        await using var cluster = await PostgresCluster.StartAsync(Path.Combine(dataDirectory, "postgres"));
        await cluster.EnsureDatabaseAsync(LedgerDatabase.DatabaseName);
        Console.WriteLine(cluster.ConnectionString(LedgerDatabase.DatabaseName));

        var stopped = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stopped.Task;
        return 0;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopped.TrySetResult();
        }
    }
}
