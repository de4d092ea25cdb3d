using Governance.Ledger.Infrastructure.History;
using Governance.Ledger.Infrastructure.Security;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Audit;

public sealed record EventPage(int Page, int PageSize, long Total, IReadOnlyList<RecordedEventView> Events);

public static class GetEvents
{
    public static ProblemDetails Validate(string? stream, string? footprint, int? page, int? pageSize) =>
        RequestProblems.Check(problems =>
        {
            if (stream is null && footprint is null)
                problems.Add("stream", "Name a stream (stream=...) or a footprint (footprint=QF7) to read.");
            if (page is < 1 or > 1_000_000) problems.Add("page", "Pages count from 1 to 1,000,000.");
            if (pageSize is < 1 or > 1000) problems.Add("pageSize", "A page holds 1 to 1000 events.");
        });

    /// <summary>Raw history for auditors: every event of a stream, or of a footprint (its own stream, partners, bodies
    /// and their meetings), with both clocks, who recorded it, its source, and its correlation and causation ids;
    /// filtered by event type and by when it was recorded (<c>from</c>, <c>to</c>), in sequence order, paged.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverineGet("/api/audit/events", OperationId = "ReadRawHistory")]
    public static async Task<EventPage> Get(string? stream, string? footprint, string? type, DateTimeOffset? from,
        DateTimeOffset? to, int? page, int? pageSize, RecordReader record, CancellationToken cancellation)
    {
        var streams = stream is not null ? [stream] : await FootprintStreams.OfAsync(record.Session, footprint!, cancellation);
        var query = record.Log().Where(e => e.StreamKey!.IsOneOf(streams));
        if (type is not null) query = query.Where(e => e.EventTypeName == type);
        // The store keeps recorded times in UTC; a moment given with another offset is the same moment.
        if (from?.ToUniversalTime() is { } since) query = query.Where(e => e.Timestamp >= since);
        if (to?.ToUniversalTime() is { } until) query = query.Where(e => e.Timestamp <= until);

        var (number, size) = (page ?? 1, pageSize ?? 100);
        var total = await query.LongCountAsync(cancellation);
        var events = await query.OrderBy(e => e.Sequence).Skip((number - 1) * size).Take(size).ToListAsync(cancellation);
        return new EventPage(number, size, total, events.Select(RecordedEventView.Of).ToList());
    }
}
