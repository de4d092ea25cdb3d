using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Secretariat;

/// <summary>A body's list as at a date, the list's version (to send with a change), and the body's meetings as the
/// caller may see them: private meetings only for those who may, and private items of public meetings likewise.</summary>
public sealed record BodyListRead<T>(GoverningBody Body, T? List, long Version, IReadOnlyList<Meeting> Meetings, bool SeesPrivate);

public static class BodyListReads
{
    public static async Task<BodyListRead<T>?> ReadAsync<T, TFirst, TEvent>(IQuerySession session,
        FoldProjection<T, TFirst, TEvent> fold, string bodyId, string key, AsAtQuery query, ClaimsPrincipal user,
        CancellationToken cancellation)
        where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent where TEvent : ILedgerEvent
    {
        var (body, meetings) = await BodyRecords.AsAtAsync(session, bodyId, query, cancellation);
        if (body is null) return null;
        var seesPrivate = WriteAccess.SeesPrivate(user, body.FootprintId, body.Id);
        var state = await session.Events.FetchStreamStateAsync(key, cancellation);
        return new BodyListRead<T>(body, await fold.AsAtAsync(session, key, query, cancellation), state?.Version ?? 0,
            seesPrivate ? meetings : meetings.Where(m => m.Public).Select(m => m.PublicPart()).ToList(), seesPrivate);
    }
}
