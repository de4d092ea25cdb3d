using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using Npgsql;

namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>
/// A PostgreSQL cluster of the ledger's own, run from the installed server binaries: created on first use,
/// reused on later starts, listening on a free loopback port only, and stopped by <see cref="DisposeAsync"/>.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Superuser = "postgres";

    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly bool _throwaway;
    private readonly FileStream _ownership;
    private int _stopped;

    private PostgresCluster(string bin, string dataDirectory, int port, bool throwaway, FileStream ownership)
    {
        _bin = bin;
        _dataDirectory = dataDirectory;
        Port = port;
        _throwaway = throwaway;
        _ownership = ownership;
    }

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = Superuser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Starts (creating if needed) the cluster kept in <paramref name="dataDirectory"/>.</summary>
    public static Task<PostgresCluster> StartAsync(string dataDirectory, CancellationToken cancellation = default) =>
        StartAsync(dataDirectory, throwaway: false, cancellation);

    /// <summary>
    /// Starts a new cluster in a temporary folder that is deleted when the cluster stops: for tests and benchmarks,
    /// so it trades crash safety for speed.
    /// </summary>
    public static Task<PostgresCluster> StartThrowawayAsync(CancellationToken cancellation = default) =>
        StartAsync(Path.Combine(Path.GetTempPath(), $"governance-pg-{Guid.NewGuid():N}"), throwaway: true, cancellation);

    private static async Task<PostgresCluster> StartAsync(string dataDirectory, bool throwaway,
        CancellationToken cancellation)
    {
        var bin = PostgresBinaries.Locate();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var cluster = new PostgresCluster(bin, dataDirectory, FreeLoopbackPort(), throwaway, TakeOwnership(dataDirectory));

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await cluster.InitialiseAsync(cancellation);
        }

        await cluster.StopIfLeftRunningAsync(cancellation);
        await cluster.StartServerAsync(cancellation);
        return cluster;
    }

    /// <summary>Whether the server is running (pg_ctl status).</summary>
    public async Task<bool> IsRunningAsync(CancellationToken cancellation) =>
        await RunAsync("pg_ctl", ["-D", _dataDirectory, "status"], cancellation, allowFailure: true) == 0;

    /// <summary>Starts the server again on the same port after it stopped (it recovers from its log as after a crash).</summary>
    public async Task RestartAsync(CancellationToken cancellation)
    {
        NpgsqlConnection.ClearAllPools();
        await StartServerAsync(cancellation);
    }

    private Task StartServerAsync(CancellationToken cancellation) => RunAsync("pg_ctl",
        ["-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60", "-o", ServerOptions(), "start"],
        cancellation);

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellation);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellation) is not null) return;

        await using var create = new NpgsqlCommand(
            $"create database \"{database.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Stops the server (once, however often it is called) and deletes a throwaway cluster's files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        // A server that died already has nothing to stop.
        await RunAsync("pg_ctl", ["-D", _dataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None, allowFailure: true);
        if (_throwaway) Directory.Delete(_dataDirectory, recursive: true);
        await _ownership.DisposeAsync();
        File.Delete(_ownership.Name);
    }

    /// <summary>
    /// One process at a time runs a cluster: an exclusive lock on a file beside the data folder, which the operating
    /// system releases if the process dies, so the next run can take over a server a crashed run left behind.
    /// </summary>
    private static FileStream TakeOwnership(string dataDirectory)
    {
        var lockFile = dataDirectory + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new PostgresUnavailableException(
                $"Another ledger process is already running the PostgreSQL cluster in {dataDirectory}. " +
                "Stop it first, or give this one its own folder with Governance__DataDirectory.");
        }
    }

    private string ServerOptions()
    {
        // Marten's sessions, Wolverine's durability agents and the daemon each keep a pool: 100 connections (the
        // default) run out under a few dozen concurrent writers.
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300";
        return _throwaway ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : options;
    }

    private async Task InitialiseAsync(CancellationToken cancellation)
    {
        Directory.CreateDirectory(_dataDirectory);
        if (RunsAsRoot) await RunProcessAsync("chown", [Superuser, _dataDirectory], cancellation);
        await RunAsync("initdb",
            ["-D", _dataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--no-locale",
             .. (_throwaway ? new[] { "--no-sync" } : [])],
            cancellation);
    }

    private async Task StopIfLeftRunningAsync(CancellationToken cancellation)
    {
        // A run that died leaves its server behind (this process holds the ownership lock, so that run is gone).
        if (!File.Exists(Path.Combine(_dataDirectory, "postmaster.pid"))) return;
        await RunAsync("pg_ctl", ["-D", _dataDirectory, "-m", "fast", "-w", "stop"], cancellation, allowFailure: true);
    }

    private Task<int> RunAsync(string tool, string[] arguments, CancellationToken cancellation,
        bool allowFailure = false)
    {
        var executable = Path.Combine(_bin, tool);
        // initdb and the server refuse to run as root, so a root caller runs them as the postgres user.
        return RunsAsRoot
            ? RunProcessAsync("runuser", ["-u", Superuser, "--", executable, .. arguments], cancellation, allowFailure)
            : RunProcessAsync(executable, arguments, cancellation, allowFailure);
    }

    private static async Task<int> RunProcessAsync(string fileName, string[] arguments, CancellationToken cancellation,
        bool allowFailure = false)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)
            ?? throw new PostgresUnavailableException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new PostgresUnavailableException(
                $"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}: " +
                $"{(await error).Trim()} {(await output).Trim()}");
        }

        return process.ExitCode;
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
