using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <param name="Overdue">The actions open and past their due date on <see cref="AsOf"/>.</param>
public sealed record ActionsView(string BodyId, DateOnly AsOf, IReadOnlyList<ActionItem> Actions, IReadOnlyList<string> Overdue,
    long Version);

public static class GetActions
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A body's action log as at a date: each action raised by then with its notes by then, and which were
    /// overdue. Actions from a private meeting, or a private item, only for those who may see it.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/actions", OperationId = "GetActions")]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, TimeProvider clock,
        HttpContext context, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        return await ReadAsync(session, id, query, context, cancellation) is { } view ? VersionedRead.Ok(view, view.Version) : BoardProblems.UnknownBody(id);
    }

    public static async Task<ActionsView?> ReadAsync(IQuerySession session, string bodyId, AsAtQuery query, HttpContext context,
        CancellationToken cancellation)
    {
        if (await BodyListReads.ReadAsync(session, SecretariatRegistration.Actions, bodyId, ActionLog.StreamKey(bodyId), query,
                context.User, cancellation) is not { } read)
            return null;
        var actions = Visible(read.List, read.Meetings);
        return new ActionsView(bodyId, query.AsOf, actions, actions.Where(a => a.OverdueOn(query.AsOf)).Select(a => a.Id).ToList(),
            read.Version);
    }

    /// <summary>The actions of the meetings (and items) the caller may see, given those meetings as they see them.</summary>
    public static IReadOnlyList<ActionItem> Visible(ActionLog? log, IReadOnlyList<Meeting> visibleMeetings)
    {
        var visible = visibleMeetings.ToDictionary(m => m.Id);
        return (log?.Actions ?? []).Where(a => visible.TryGetValue(a.MeetingId, out var meeting) &&
                                               (a.ItemNumber is null || meeting.Agenda.Any(i => i.Number == a.ItemNumber))).ToList();
    }
}
