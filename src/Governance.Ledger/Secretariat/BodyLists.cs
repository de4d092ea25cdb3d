using Governance.Domain.Boards;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Secretariat;

/// <summary>What every change to one of a body's lists states (its forward plan, actions, chair's actions, written
/// resolutions, registers): the day it takes effect, the list's version read (0 before the first entry), and its source.</summary>
public interface IBodyListChange
{
    DateOnly On { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

public static class BodyLists
{
    public static void CheckListChange(this RequestProblems problems, IBodyListChange change)
    {
        problems.RequireDate(nameof(change.On), change.On, "Give the date it took effect, as YYYY-MM-DD.");
        if (change.Version < 0) problems.Add(nameof(change.Version), "Send the list's version you read (0 before its first entry).");
        problems.Check(change.Source, nameof(change.Source));
    }

    /// <summary>A body's lists are written by its secretaries and judged by the body's terms and seats, so the body is
    /// loaded and handed on to the handler: a 404 for no such body, a 403 for a caller who may not write for it, a 409
    /// when the list has moved on from the version read.</summary>
    public static async Task<(IResult, GoverningBody?)> AdmitAsync<T>(string bodyId, IEventStream<T> list, IBodyListChange change,
        IQuerySession session, HttpContext context, CancellationToken cancellation) where T : class
    {
        var body = await session.Events.AggregateStreamAsync<GoverningBody>(bodyId, token: cancellation);
        if (body is null) return (BoardProblems.UnknownBody(bodyId), null);
        if (WriteAccess.Check(context, body.FootprintId, body.Id) is { } denied) return (denied, null);
        return (Writes.Current(list, change.Version), body);
    }
}
