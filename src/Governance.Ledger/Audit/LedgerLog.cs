using Governance.Domain.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Npgsql;

namespace Governance.Ledger.Audit;

/// <summary>Reads the event log and the chain straight from PostgreSQL, as stored: the form the hashes commit to.</summary>
public sealed class LedgerLog(NpgsqlDataSource database)
{
    private static readonly string Events = $"{MartenSetup.Schema}.mt_events";
    private static readonly string Links = $"{MartenSetup.Schema}.mt_doc_chainentry";

    private const string EventColumns =
        "seq_id, stream_id, version, type, " +
        "to_char(timestamp at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), " +
        "user_name, correlation_id, causation_id, data::text";

    /// <summary>Events after <paramref name="after"/> through <paramref name="through"/>, in sequence order; only
    /// those of <paramref name="streams"/> when given.</summary>
    public IEnumerable<RecordedEventFields> Read(long after = 0, long through = long.MaxValue,
        IReadOnlyCollection<string>? streams = null)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(
            $"select {EventColumns} from {Events} where seq_id > @after and seq_id <= @through" +
            (streams is null ? "" : " and stream_id = any(@streams)") + " order by seq_id", connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("through", through);
        if (streams is not null) command.Parameters.AddWithValue("streams", streams.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new RecordedEventFields(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2),
                reader.GetString(3), reader.GetString(4), Text(reader, 5), Text(reader, 6), Text(reader, 7),
                reader.GetString(8));
        }
    }

    public IReadOnlyList<ChainLink> ReadLinks()
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(
            $"select (data->>'id')::bigint, data->>'eventHash', data->>'chainHash' from {Links} order by id", connection);
        using var reader = command.ExecuteReader();
        var links = new List<ChainLink>();
        while (reader.Read()) links.Add(new ChainLink(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return links;
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellation)
    {
        await using var command = database.CreateCommand($"select coalesce(max(seq_id), 0) from {Events}");
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    public async Task<long> CountAfterAsync(long sequence, CancellationToken cancellation)
    {
        await using var command = database.CreateCommand($"select count(*) from {Events} where seq_id > $1");
        command.Parameters.AddWithValue(sequence);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
