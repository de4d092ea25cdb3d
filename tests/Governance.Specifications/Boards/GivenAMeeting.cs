using Governance.Domain.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>
/// A public meeting on 1 June 2017 of the body <see cref="GivenABody"/> describes, and the papers a secretary records
/// at it: attendance, declared interests and motions.
/// </summary>
public static class GivenAMeeting
{
    public static readonly GoverningBody Body = GivenABody.Body();

    public static readonly EffectiveDate MeetingDay = On(2017, 6, 1);

    public static readonly MeetingScheduled Scheduled = new(GivenABody.Id, Public: true, "Board meeting", MeetingDay, Minutes);

    public static readonly Quoracy Quorate = new(true, "Quorate: 3 of 3 voting seats present; the quorum is 2.");

    public static readonly Quoracy Inquorate = new(false, "Inquorate: 1 of 3 voting seats present; the quorum is 2.");

    /// <summary>Every seat present, the region without a vote.</summary>
    public static readonly AttendanceRecorded AllPresent = Attended(Quorate, "chair", "council", "trust", "region");

    public static Meeting Meeting(params IMeetingEvent[] later) =>
        History.Fold<Meeting, MeetingScheduled, IMeetingEvent>(Scheduled, later);

    public static Given<Meeting> With(params IMeetingEvent[] later) => new(Meeting(later));

    /// <summary>Another meeting, under its own id: of this body unless another is named.</summary>
    public static Meeting Another(string id, DateOnly date, string bodyId = GivenABody.Id, params IMeetingEvent[] later) =>
        History.Fold<Meeting, MeetingScheduled, IMeetingEvent>(
            new MeetingScheduled(bodyId, Public: true, null, EffectiveDate.OnDay(date), Minutes), later) with { Id = id };

    public static AttendanceRecorded Attended(Quoracy quoracy, params IReadOnlyList<string> present) =>
        new(present, [], quoracy, MeetingDay, Minutes);

    public static InterestDeclared Interest(string seatId, string item) =>
        new(seatId, item, "Director of a bidder.", MeetingDay, Minutes);

    public static Votes Cast(IReadOnlyList<string> @for, IReadOnlyList<string>? against = null,
        IReadOnlyList<string>? abstained = null) => new(@for, against ?? [], abstained ?? []);

    /// <summary>Resolution 2017/1 on the finance report, carried or not by these votes; nobody recused.</summary>
    public static ResolutionDraft Motion(Votes votes, ResolutionOutcome outcome) =>
        new("2017/1", "Finance report", "The board approves the financial plan.", "It balances.", votes, [], outcome,
            Rescinds: null);

    /// <summary>The resolution a draft records, on the day of the meeting it is recorded at.</summary>
    public static ResolutionRecorded Recorded(ResolutionDraft draft, EffectiveDate? on = null) =>
        new(draft.Number, draft.Item, draft.Text, draft.Reasons, draft.Votes, draft.Recused, draft.Outcome, draft.Rescinds,
            on ?? MeetingDay, Minutes);

    public static readonly ResolutionDraft CarriedByAll =
        Motion(Cast(["chair", "council", "trust"]), ResolutionOutcome.Passed);
}
