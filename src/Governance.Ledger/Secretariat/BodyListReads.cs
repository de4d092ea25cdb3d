using Governance.Domain.Boards;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Secretariat;

/// <summary>A body's list as at a date, the list's version (to send with a change), and the body's meetings as the
/// caller may see them: private meetings only for those who may, and private items of public meetings likewise.</summary>
public sealed record BodyListRead<T>(GoverningBody Body, T? List, long Version, IReadOnlyList<Meeting> Meetings);

public static class BodyListReads
{
    public static async Task<BodyListRead<T>?> BodyListAsync<T, TFirst, TEvent>(this RecordReader record,
        FoldProjection<T, TFirst, TEvent> fold, string bodyId, string key, CancellationToken cancellation)
        where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent where TEvent : ILedgerEvent
    {
        var (body, meetings) = await record.BodyAsync(bodyId, cancellation);
        if (body is null) return null;
        var (list, version) = await record.AsAtWithVersionAsync(fold, key, cancellation);
        return new BodyListRead<T>(body, list, version, meetings);
    }
}
