using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.Secretariat;

/// <summary>An event in a body's record of chair's action (stream "chairs-actions:{body}").</summary>
public interface IChairsActionEvent : ILedgerEvent;

/// <summary>An urgent decision taken between meetings by the chair, or the chair and vice-chair, under the body's
/// standing orders, with why it could not wait.</summary>
public sealed record ChairsActionTaken(string ActionId, string BodyId, string Decision, string Reasons,
    IReadOnlyList<string> TakenBy, EffectiveDate Effective, Provenance Provenance) : IChairsActionEvent;

/// <param name="AtNextQuorateMeeting">False when a quorate meeting of the body came and went without ratifying it.</param>
public sealed record ChairsActionRatified(string ActionId, ResolutionRef Resolution, bool AtNextQuorateMeeting,
    EffectiveDate Effective, Provenance Provenance) : IChairsActionEvent;

public sealed record ChairsAction(string Id, string Decision, string Reasons, IReadOnlyList<string> TakenBy, DateOnly TakenOn,
    ChairsActionRatified? Ratification);

/// <summary>A meeting of the body as chair's action is judged against it: its date and whether it was quorate.</summary>
public sealed record MeetingHeld(string MeetingId, DateOnly Date, bool Quorate);

/// <summary>Why a chair's action stands flagged on a date, or null when it does not.</summary>
public sealed record ChairsActionFlag(string ActionId, string Reason);

/// <summary>A body's chair's actions, each reported to and ratified at the next quorate meeting.</summary>
public sealed partial record ChairsActions(string Id, string BodyId, ImmutableList<ChairsAction> Actions)
    : IFoldedFrom<ChairsActions, ChairsActionTaken, IChairsActionEvent>
{
    public static string StreamKey(string bodyId) => $"chairs-actions:{bodyId}";

    public static ChairsActions Begin(string id, ChairsActionTaken first) => new ChairsActions(id, first.BodyId, []).After(first);

    public ChairsActions After(IChairsActionEvent change) => change switch
    {
        ChairsActionTaken e => this with
        {
            Actions = Actions.Add(new ChairsAction(e.ActionId, e.Decision, e.Reasons, e.TakenBy, e.Effective.Date, null)),
        },
        ChairsActionRatified e => this with
        {
            Actions = Actions.Select(a => a.Id == e.ActionId ? a with { Ratification = e } : a).ToImmutableList(),
        },
        _ => this,
    };

    public ChairsAction? Find(string actionId) => Actions.FirstOrDefault(a => a.Id == actionId);

    /// <summary>Only the chair acts, alone or with the vice-chair (voting seats titled so), on a day the body sits.</summary>
    public static Decision<ChairsActionTaken> Take(ChairsActions? taken, GoverningBody body, string actionId, string decision,
        string reasons, IReadOnlyList<string> takenBy, DateOnly on, Provenance provenance)
    {
        var seats = body.SeatsOn(on).Where(s => s.Votes).ToDictionary(s => s.Id);
        var takers = takenBy.Distinct().ToList();
        var notChair = takers.Where(id => !seats.TryGetValue(id, out var seat) || !IsChair(seat.Title) && !IsViceChair(seat.Title)).ToList();
        var why = body.WhyNotSittingOn(on)
                  ?? (taken?.Find(actionId) is not null ? $"A chair's action {actionId} is already recorded." : null)
                  ?? (notChair.Count > 0
                      ? $"{string.Join(", ", notChair)} held no chair's or vice-chair's voting seat on {body.Name} on {on:yyyy-MM-dd}."
                      : null)
                  ?? (takers.Count(id => IsChair(seats[id].Title)) != 1 || takers.Count > 2
                      ? "Chair's action is taken by the chair, or by the chair and vice-chair together."
                      : null);
        return why is not null
            ? Decision<ChairsActionTaken>.Reject(why)
            : Decision<ChairsActionTaken>.Accept(new ChairsActionTaken(actionId, body.Id, decision.Trim(), reasons.Trim(),
                takers, EffectiveDate.OnDay(on), provenance));
    }

    private static bool IsChair(string title) => ChairTitle().IsMatch(title.Trim());

    private static bool IsViceChair(string title) => ViceChairTitle().IsMatch(title.Trim());

    [GeneratedRegex("^(independent )?chair(man|woman|person)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairTitle();

    [GeneratedRegex("^vice[- ]?chair(man|woman|person)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ViceChairTitle();

    /// <param name="meetings">The body's meetings, to judge which was the next quorate one after the action.</param>
    public Decision<ChairsActionRatified> Ratify(string actionId, Meeting meeting, Resolution resolution,
        IReadOnlyList<MeetingHeld> meetings, Provenance provenance)
    {
        if (Find(actionId) is not { } action) return Decision<ChairsActionRatified>.Reject($"No chair's action {actionId} is recorded.");
        var why = action.Ratification is { } done
            ? $"Chair's action {actionId} was ratified by resolution {done.Resolution.Number}."
            : meeting.BodyId != BodyId
                ? "A chair's action is ratified by a meeting of its own body."
                : meeting.Date <= action.TakenOn
                    ? $"Chair's action {actionId} was taken on {action.TakenOn:yyyy-MM-dd}; it is ratified at a meeting after it."
                    : meeting.Attendance is not { Quoracy.Quorate: true }
                        ? "Only a quorate meeting ratifies a chair's action."
                        : resolution.Recorded.Outcome != ResolutionOutcome.Passed
                            ? $"Resolution {resolution.Number} did not pass; it ratifies nothing."
                            : null;
        if (why is not null) return Decision<ChairsActionRatified>.Reject(why);

        var next = NextQuorate(action, meetings);
        return Decision<ChairsActionRatified>.Accept(new ChairsActionRatified(actionId, new ResolutionRef(meeting.Id, resolution.Number),
            next is null || next.MeetingId == meeting.Id, EffectiveDate.OnDay(meeting.Date), provenance));
    }

    /// <summary>The chair's actions flagged on a date: not yet ratified (and, once a quorate meeting has passed, not
    /// reported to it), or ratified later than the next quorate meeting.</summary>
    public IReadOnlyList<ChairsActionFlag> FlagsOn(DateOnly date, IReadOnlyList<MeetingHeld> meetings) => Actions
        .Where(a => a.TakenOn <= date)
        .Select(a => (a, Next: NextQuorate(a, meetings.Where(m => m.Date <= date).ToList())))
        .Select(x => x.a.Ratification switch
        {
            { AtNextQuorateMeeting: true } r when r.Effective.Date <= date => null,
            { AtNextQuorateMeeting: false } r when r.Effective.Date <= date =>
                new ChairsActionFlag(x.a.Id, $"Ratified by resolution {r.Resolution.Number}, after the next quorate meeting" +
                                             $"{(x.Next is { } missed ? $" of {missed.Date:yyyy-MM-dd}" : "")} passed without it."),
            _ => new ChairsActionFlag(x.a.Id, x.Next is { } next
                ? $"Not ratified: the next quorate meeting, on {next.Date:yyyy-MM-dd}, did not ratify it."
                : "Awaiting ratification at the next quorate meeting."),
        })
        .OfType<ChairsActionFlag>().ToList();

    private static MeetingHeld? NextQuorate(ChairsAction action, IEnumerable<MeetingHeld> meetings) =>
        meetings.Where(m => m.Quorate && m.Date > action.TakenOn).MinBy(m => m.Date);
}
