using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Infrastructure.Reading;

public enum ResolutionsCountedBy
{
    /// <summary>By the month of the meeting's date (yyyy-MM).</summary>
    Month,

    /// <summary>By the footprint of the meeting's body.</summary>
    Footprint,
}

/// <summary>Counts the activity page and map need, counted in PostgreSQL over the request's one connection. The private
/// cut is applied here too: the pages are public, and even a count would tell of a private meeting or item.</summary>
public sealed partial class RecordReader
{
    private const string Schema = MartenSetup.Schema;

    private static readonly string PublicResolutions =
        $"from {Schema}.mt_events e join {Schema}.mt_doc_meetinglisting m on m.id = e.stream_id " +
        $"join {Schema}.mt_doc_bodylisting b on b.id = m.data->>'bodyId' " +
        "where e.type = 'resolution_recorded' and (m.data->>'public')::boolean and not exists (select 1 from " +
        $"{Schema}.mt_events a where a.stream_id = e.stream_id and a.type = 'agenda_item_added' and (a.data->>'private')::boolean " +
        "and lower(trim(e.data->>'item')) in (lower(a.data->>'number'), lower(a.data->>'title')))";

    /// <summary>Resolutions of public business, counted by month or by footprint, of meetings on dates from
    /// <paramref name="from"/> to <paramref name="to"/> (every date when not given).</summary>
    public Task<IReadOnlyList<(string Key, int Count)>> PublicResolutionsAsync(ResolutionsCountedBy by, CancellationToken cancellation,
        DateOnly? from = null, DateOnly? to = null)
    {
        var key = by == ResolutionsCountedBy.Month ? "left(e.data->'effective'->>'date', 7)" : "b.data->>'footprintId'";
        return CountAsync($"select {key}, count(*) {PublicResolutions} " +
                          "and e.data->'effective'->>'date' between $1 and $2 group by 1 order by " +
                          (by == ResolutionsCountedBy.Month ? "1" : "2 desc"), cancellation,
            (from ?? DateOnly.MinValue).ToString("yyyy-MM-dd"), (to ?? DateOnly.MaxValue).ToString("yyyy-MM-dd"));
    }

    /// <summary>How many events of one type each stream holds (a plan's amendments proposed, say).</summary>
    public Task<IReadOnlyList<(string Key, int Count)>> EventsPerStreamAsync(string eventType, CancellationToken cancellation) =>
        CountAsync($"select stream_id, count(*) from {Schema}.mt_events where type = $1 group by 1", cancellation, eventType);

    private async Task<IReadOnlyList<(string Key, int Count)>> CountAsync(string sql, CancellationToken cancellation,
        params object[] parameters)
    {
        _ = Session;
        var connection = _connection ?? throw new InvalidOperationException("Counts are read on the request's own connection.");
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<(string, int)>();
        while (await reader.ReadAsync(cancellation)) rows.Add((reader.GetString(0), (int)reader.GetInt64(1)));
        return rows;
    }
}
