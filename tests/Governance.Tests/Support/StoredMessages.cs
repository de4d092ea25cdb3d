using Npgsql;

namespace Governance.Tests.Support;

/// <summary>Wolverine's durable message store, read directly: what is still waiting to be handled.</summary>
public static class StoredMessages
{
    /// <summary>Waits until every stored message that is due has been handled (those scheduled for later wait on).</summary>
    public static async Task DrainedAsync(string connectionString)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await CountAsync(connectionString, "status = 'Incoming' or status = 'Scheduled' and execution_time <= now()") > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Stored messages were still waiting after a minute.");
            await Task.Delay(50);
        }
    }

    /// <summary>How many messages of a type (its name's end) are stored with a status.</summary>
    public static Task<long> CountAsync(string connectionString, string messageType, string status) =>
        CountAsync(connectionString, $"message_type like '%{messageType}' and status = '{status}'");

    /// <summary>Makes scheduled messages of a type due now: what waiting until their time would do.</summary>
    public static async Task BringForwardAsync(string connectionString, string messageType)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"update governance.wolverine_incoming_envelopes set execution_time = now() where message_type like '%{messageType}'",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string where)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from governance.wolverine_incoming_envelopes where {where}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
