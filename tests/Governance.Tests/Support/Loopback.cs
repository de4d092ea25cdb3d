using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Governance.Tests.Support;

public static class Loopback
{
    /// <summary>A loopback port free at the moment of asking, for a process the test starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public static class EventLog
{
    /// <summary>The log's last sequence number: it does not move when a request records nothing (and burns nothing).</summary>
    public static async Task<long> LastSequenceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return (long)(await new NpgsqlCommand("select coalesce(max(seq_id), 0) from governance.mt_events", connection).ExecuteScalarAsync())!;
    }
}
