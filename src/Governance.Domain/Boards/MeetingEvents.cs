using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>An event in a meeting's own stream.</summary>
public interface IMeetingEvent : ILedgerEvent;

/// <summary>Names one resolution: the meeting it was recorded at and its number (e.g. 2017/14).</summary>
public sealed record ResolutionRef(string MeetingId, string Number);

/// <summary>Whether the meeting could decide, and why: the record says so in words.</summary>
public sealed record Quoracy(bool Quorate, string Reason);

/// <summary>Each voting seat's vote on a motion; abstentions are recorded but not counted.</summary>
public sealed record Votes(IReadOnlyList<string> For, IReadOnlyList<string> Against, IReadOnlyList<string> Abstained)
{
    public static readonly Votes None = new([], [], []);

    public IEnumerable<string> AllVoters() => For.Concat(Against).Concat(Abstained);
}

public enum ResolutionOutcome
{
    Passed,
    Rejected,
    Deferred,
    Noted,
}

public sealed record MeetingScheduled(string BodyId, bool Public, string? Title, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent, IMayLieAhead;

public sealed record AttendanceRecorded(
    IReadOnlyList<string> Present, IReadOnlyList<string> Apologies, Quoracy Quoracy,
    EffectiveDate Effective, Provenance Provenance) : IMeetingEvent;

public sealed record InterestDeclared(string SeatId, string Item, string Nature, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent;

/// <param name="Recused">Seats that stood aside from the item because of a declared interest.</param>
/// <param name="Rescinds">An earlier resolution of the same body that this one rescinds, if any.</param>
/// <param name="Papers">The paper versions of its agenda item when it was recorded: what the body decided on.</param>
public sealed record ResolutionRecorded(
    string Number, string Item, string Text, string? Reasons, Votes Votes, IReadOnlyList<string> Recused,
    ResolutionOutcome Outcome, ResolutionRef? Rescinds, EffectiveDate Effective, Provenance Provenance,
    IReadOnlyList<DecidedOnPaper>? Papers = null) : IMeetingEvent;

/// <summary>Stored in the stream of the meeting that passed the rescinded resolution; both stay visible.</summary>
public sealed record ResolutionRescinded(string Number, ResolutionRef RescindedBy, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent;

/// <summary>What was recorded wrongly in a resolution, what is right, and why; the original stays in the record.</summary>
public sealed record ResolutionCorrected(
    string Number, string Field, string WasRecorded, string Correct, string Reason,
    EffectiveDate Effective, Provenance Provenance) : IMeetingEvent;

/// <param name="MinutesSha256">The approved minutes as the ledger wrote them, kept as a paper under this hash.</param>
public sealed record MinutesApproved(string AtMeetingId, EffectiveDate Effective, Provenance Provenance, string? MinutesSha256 = null)
    : IMeetingEvent;

/// <summary>The meeting was recorded in error (it never took place, or was entered for the wrong body) and is struck
/// out, with why. Its events stay in the history and the audit chain; every read as known after this leaves it out.
/// Dated on the meeting's date, so that it reaches every read the meeting reached.</summary>
public sealed record MeetingStruckOut(string Reason, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent, IMayLieAhead, IStrikesOutRecord;

/// <summary>A resolution recorded in error is struck out, with why; its number stays used, as a board portal keeps a
/// struck-out minute's number.</summary>
public sealed record ResolutionStruckOut(string Number, string Reason, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent, IMayLieAhead;

/// <summary>The meeting was recorded on the wrong date: what was recorded, what is right, and why. The original stays
/// in the record; reads as known after this place the meeting and what happened at it on the corrected date.</summary>
public sealed record MeetingDateCorrected(DateOnly WasRecorded, DateOnly Correct, string Reason, EffectiveDate Effective,
    Provenance Provenance) : IMeetingEvent, IMayLieAhead, IRedatesRecord;
