using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Secretariat;

/// <summary>An event in a body's action log (stream "actions:{body}").</summary>
public interface IActionEvent : ILedgerEvent;

/// <param name="ArisingFrom">The resolution or agenda item it arises from, in words ("resolution 2017/4", "item 3").</param>
/// <param name="MeetingId">The meeting it arose at.</param>
/// <param name="ItemNumber">The agenda item it arises from, where it names one: a private item's actions stay private.</param>
public sealed record ActionRaised(string ActionId, string BodyId, string What, string Owner, DateOnly DueOn, string MeetingId,
    string ArisingFrom, EffectiveDate Effective, Provenance Provenance, string? ItemNumber = null) : IActionEvent;

/// <param name="DueOn">A new due date, when it moved.</param>
public sealed record ActionProgressed(string ActionId, string Note, DateOnly? DueOn, EffectiveDate Effective, Provenance Provenance)
    : IActionEvent;

public sealed record ActionClosed(string ActionId, string Note, EffectiveDate Effective, Provenance Provenance) : IActionEvent;

public sealed record ActionNote(DateOnly On, string Note);

public sealed record ActionItem(string Id, string What, string Owner, DateOnly RaisedOn, DateOnly DueOn, string MeetingId,
    string ArisingFrom, ImmutableList<ActionNote> Notes, DateOnly? ClosedOn, string? ItemNumber = null)
{
    public bool OverdueOn(DateOnly date) => ClosedOn is null && DueOn < date;
}

/// <summary>A body's actions: raised at its meetings, chased, and closed with notes.</summary>
public sealed record ActionLog(string Id, string BodyId, ImmutableList<ActionItem> Actions)
    : IFoldedFrom<ActionLog, ActionRaised, IActionEvent>
{
    public static string StreamKey(string bodyId) => $"actions:{bodyId}";

    public static ActionLog Begin(string id, ActionRaised first) => new ActionLog(id, first.BodyId, []).After(first);

    public ActionLog After(IActionEvent change) => change switch
    {
        ActionRaised e => this with
        {
            Actions = Actions.Add(new ActionItem(e.ActionId, e.What, e.Owner, e.Effective.Date, e.DueOn, e.MeetingId,
                e.ArisingFrom, [], null, e.ItemNumber)),
        },
        ActionProgressed e => Change(e.ActionId, a => a with
        {
            DueOn = e.DueOn ?? a.DueOn, Notes = a.Notes.Add(new ActionNote(e.Effective.Date, e.Note)),
        }),
        ActionClosed e => Change(e.ActionId, a => a with
        {
            ClosedOn = e.Effective.Date, Notes = a.Notes.Add(new ActionNote(e.Effective.Date, e.Note)),
        }),
        _ => this,
    };

    public ActionItem? Find(string actionId) => Actions.FirstOrDefault(a => a.Id == actionId);

    public static Decision<ActionRaised> Raise(ActionLog? log, string bodyId, string actionId, string what, string owner,
        DateOnly dueOn, string meetingId, string arisingFrom, DateOnly on, Provenance provenance, string? itemNumber = null) =>
        log?.Find(actionId) is not null
            ? Decision<ActionRaised>.Reject($"The action log already has an action {actionId}.")
            : dueOn < on
                ? Decision<ActionRaised>.Reject($"An action raised on {on:yyyy-MM-dd} cannot be due before it, on {dueOn:yyyy-MM-dd}.")
                : Decision<ActionRaised>.Accept(new ActionRaised(actionId, bodyId, what.Trim(), owner.Trim(), dueOn, meetingId,
                    arisingFrom.Trim(), EffectiveDate.OnDay(on), provenance, itemNumber));

    public Decision<ActionProgressed> Progress(string actionId, string note, DateOnly? dueOn, DateOnly on, Provenance provenance) =>
        (WhyNotOpen(actionId, on) ?? (dueOn < on ? $"A due date moved on {on:yyyy-MM-dd} is not moved to before it, to {dueOn:yyyy-MM-dd}." : null)) is { } why
            ? Decision<ActionProgressed>.Reject(why)
            : Decision<ActionProgressed>.Accept(new ActionProgressed(actionId, note.Trim(), dueOn, EffectiveDate.OnDay(on), provenance));

    public Decision<ActionClosed> Close(string actionId, string note, DateOnly on, Provenance provenance) =>
        WhyNotOpen(actionId, on) is { } why
            ? Decision<ActionClosed>.Reject(why)
            : Decision<ActionClosed>.Accept(new ActionClosed(actionId, note.Trim(), EffectiveDate.OnDay(on), provenance));

    private string? WhyNotOpen(string actionId, DateOnly on) => Find(actionId) switch
    {
        null => $"The action log has no action {actionId}.",
        { ClosedOn: { } closed } => $"Action {actionId} was closed on {closed:yyyy-MM-dd}; raise a new action instead.",
        { RaisedOn: var raised } when on < raised => $"Action {actionId} was raised on {raised:yyyy-MM-dd}; nothing of it comes before.",
        _ => null,
    };

    private ActionLog Change(string actionId, Func<ActionItem, ActionItem> change) => this with
    {
        Actions = Actions.Select(a => a.Id == actionId ? change(a) : a).ToImmutableList(),
    };
}
