using Governance.Domain.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Governance.Ledger.Audit;

/// <summary>Reads the event log, its seals and the chain straight from PostgreSQL, as stored: the form the hashes commit
/// to. Every column is read as text and may be anything, since a row may have been written by hand.</summary>
public sealed class LedgerLog(NpgsqlDataSource database)
{
    private static readonly string Events = $"{MartenSetup.Schema}.mt_events";
    private static readonly string Links = $"{MartenSetup.Schema}.ledger_chain";
    private static readonly string Seals = $"{MartenSetup.Schema}.ledger_event_seals";

    private const string Columns =
        "e.seq_id, e.id::text, e.stream_id, e.version, e.type, e.tenant_id, e.mt_dotnet_type, " +
        "case when isfinite(e.timestamp) then to_char(e.timestamp at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') " +
        "else e.timestamp::text end, " +
        "e.user_name, e.correlation_id, e.causation_id, e.headers::text, e.is_archived, e.data::text, encode(e.bdata, 'hex')";

    // The seal is looked up by key for each row: a join would let the planner scan the whole table of seals.
    private static readonly string Select = $"select {Columns}, (select s.seal from {Seals} s where s.seq_id = e.seq_id) from {Events} e";

    /// <summary>The rows a transaction has just written, which have no seal yet: no join, so each is found by its key.</summary>
    private static readonly string SelectUnsealed = $"select {Columns}, null from {Events} e";

    /// <summary>The table of seals, created with the rest of the schema.</summary>
    public static Table SealTable()
    {
        var table = new Table(Seals);
        table.AddColumn<long>("seq_id").AsPrimaryKey();
        table.AddColumn<string>("event_hash").NotNull();
        table.AddColumn<string>("seal").NotNull();
        return table;
    }

    /// <summary>The chain's links: one row per sequence number, written by the chain follower with its progress.</summary>
    public static Table ChainTable()
    {
        var table = new Table(Links);
        table.AddColumn<long>("seq_id").AsPrimaryKey();
        table.AddColumn<string>("kind").NotNull();
        table.AddColumn<string>("event_hash");
        table.AddColumn<string>("chain_hash").NotNull();
        return table;
    }

    /// <summary>Every row after <paramref name="after"/> through <paramref name="through"/> (burned placeholders
    /// included), in sequence order; only those of <paramref name="streams"/> when given.</summary>
    public IEnumerable<RecordedEventFields> Read(long after = 0, long through = long.MaxValue,
        IReadOnlyCollection<string>? streams = null)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(
            $"{Select} where e.seq_id > @after and e.seq_id <= @through" +
            (streams is null ? "" : " and e.stream_id = any(@streams)") + " order by e.seq_id", connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("through", through);
        if (streams is not null) command.Parameters.AddWithValue("streams", streams.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Row(reader);
    }

    /// <summary>The rows at <paramref name="sequences"/>, read inside the transaction that is writing them.</summary>
    public async Task<List<RecordedEventFields>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long[] sequences, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"{SelectUnsealed} where e.seq_id = any(@sequences)", connection, transaction);
        command.Parameters.AddWithValue("sequences", sequences);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<RecordedEventFields>(sequences.Length);
        while (await reader.ReadAsync(cancellation)) rows.Add(Row(reader));
        return rows;
    }

    /// <summary>Stores each row's event hash, as the ledger computed it when writing the row, and its seal.</summary>
    public async Task WriteSealsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] sequences,
        string[] eventHashes, string[] seals, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"insert into {Seals} (seq_id, event_hash, seal) select * from unnest(@sequences, @hashes, @seals)",
            connection, transaction);
        command.Parameters.AddWithValue("sequences", sequences);
        command.Parameters.AddWithValue("hashes", eventHashes);
        command.Parameters.AddWithValue("seals", seals);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>What the chain follower needs of each row after <paramref name="after"/> through
    /// <paramref name="through"/>: whether it is a burned placeholder, and the event hash and seal stored with it.
    /// The rows' columns are not read: a sealed hash is checked against its seal, and verify checks it against the row.</summary>
    public IEnumerable<SealedRow> ReadSealed(long after, long through)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(
            $"select e.seq_id, e.stream_id = '{RecordedEventFields.BurnedSequenceStream}', s.event_hash, s.seal from {Events} e " +
            $"left join {Seals} s on s.seq_id = e.seq_id and s.seq_id > @after and s.seq_id <= @through " +
            "where e.seq_id > @after and e.seq_id <= @through order by e.seq_id", connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("through", through);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new SealedRow(reader.GetInt64(0), !reader.IsDBNull(1) && reader.GetBoolean(1), Text(reader, 2), Text(reader, 3));
    }

    /// <summary>One row, every column.</summary>
    public RecordedEventFields? ReadOne(long sequence) => Read(sequence - 1, sequence).FirstOrDefault();

    public IReadOnlyList<ChainLink> ReadLinks(long through = long.MaxValue)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(
            $"select seq_id, kind, event_hash, chain_hash from {Links} where seq_id <= @through order by seq_id", connection);
        command.Parameters.AddWithValue("through", through);
        using var reader = command.ExecuteReader();
        var links = new List<ChainLink>();
        while (reader.Read()) links.Add(Link(reader));
        return links;
    }

    /// <summary>The link at <paramref name="sequence"/>, or the last one when none is given.</summary>
    public async Task<ChainLink?> LinkAsync(long? sequence, CancellationToken cancellation)
    {
        await using var command = database.CreateCommand(sequence is null
            ? $"select seq_id, kind, event_hash, chain_hash from {Links} order by seq_id desc limit 1"
            : $"select seq_id, kind, event_hash, chain_hash from {Links} where seq_id = $1");
        if (sequence is not null) command.Parameters.AddWithValue(sequence.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? Link(reader) : null;
    }

    /// <summary>How many sequences were chained as burned, and the first (up to 20) rows chained as unsealed.</summary>
    public async Task<(long Burned, List<long> Unsealed)> KindsAsync(CancellationToken cancellation)
    {
        await using var command = database.CreateCommand(
            $"select count(*) filter (where kind = 'Burned'), " +
            $"(select coalesce(array_agg(seq_id order by seq_id), '{{}}') from (select seq_id from {Links} where kind = 'Unsealed' order by seq_id limit 20) u) " +
            $"from {Links}");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (reader.GetInt64(0), reader.GetFieldValue<long[]>(1).ToList());
    }

    /// <summary>Queues the links in the chain follower's own transaction, which also records its progress.</summary>
    public static void QueueLinks(IDocumentOperations operations, IReadOnlyList<ChainLink> links)
    {
        if (links.Count == 0) return;
        operations.QueueSqlCommand(
            $"insert into {Links} (seq_id, kind, event_hash, chain_hash) select * from unnest(?, ?, ?, ?)",
            links.Select(l => l.Sequence).ToArray(), links.Select(l => l.Kind.ToString()).ToArray(),
            links.Select(l => l.EventHash).ToArray(), links.Select(l => l.ChainHash).ToArray());
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellation)
    {
        await using var command = database.CreateCommand($"select coalesce(max(seq_id), 0) from {Events}");
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Events (not burned placeholders) after <paramref name="sequence"/>: recorded, not yet chained.</summary>
    public async Task<long> CountAfterAsync(long sequence, CancellationToken cancellation)
    {
        await using var command = database.CreateCommand(
            $"select count(*) from {Events} where seq_id > $1 and stream_id is distinct from '{RecordedEventFields.BurnedSequenceStream}'");
        command.Parameters.AddWithValue(sequence);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static RecordedEventFields Row(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), Text(reader, 1), Text(reader, 2), reader.GetInt64(3), Text(reader, 4), Text(reader, 5),
        Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10), Text(reader, 11),
        reader.IsDBNull(12) ? null : reader.GetBoolean(12), Text(reader, 13), Text(reader, 14), Text(reader, 15));

    private static ChainLink Link(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), Enum.TryParse<LinkKind>(reader.GetString(1), out var kind) ? kind : (LinkKind)(-1),
            Text(reader, 2), reader.GetString(3));

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
