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
    /// <summary>A body's action log as at a date: each action raised by then with its notes by then, and which were
    /// overdue. Actions from a private meeting, or a private item, only for those who may see it.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/actions", OperationId = "GetActions")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if (await record.BodyListAsync(SecretariatRegistration.Actions, id, ActionLog.StreamKey(id), cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var actions = Visible(read.List, read.Meetings);
        var view = new ActionsView(id, record.AsOf, actions, actions.Where(a => a.OverdueOn(record.AsOf)).Select(a => a.Id).ToList(),
            read.Version);
        return VersionedRead.Ok(view, view.Version);
    }

    /// <summary>The actions of the meetings (and items) the caller may see, given those meetings as they see them.</summary>
    public static IReadOnlyList<ActionItem> Visible(ActionLog? log, IReadOnlyList<Meeting> visibleMeetings)
    {
        var visible = visibleMeetings.ToDictionary(m => m.Id);
        return (log?.Actions ?? []).Where(a => visible.TryGetValue(a.MeetingId, out var meeting) &&
                                               (a.ItemNumber is null || meeting.Agenda.Any(i => i.Number == a.ItemNumber))).ToList();
    }
}
