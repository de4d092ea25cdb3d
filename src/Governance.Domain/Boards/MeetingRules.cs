using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>A resolution as a secretary submits it, before the rules have judged it.</summary>
public sealed record ResolutionDraft(
    string Number, string Item, string Text, string? Reasons, Votes Votes, IReadOnlyList<string> Recused,
    ResolutionOutcome Outcome, ResolutionRef? Rescinds);

/// <summary>The earlier resolution a draft would rescind, as found in the ledger.</summary>
public sealed record RescissionTarget(Meeting Meeting, Resolution Resolution);

/// <summary>The rules a board secretary's record must keep. Each returns the event to record or why it is refused.</summary>
public static partial class MeetingRules
{
    public static Decision<MeetingScheduled> Schedule(GoverningBody body, DateOnly date, bool isPublic, string? title,
        Provenance provenance) =>
        body.WhyNotSittingOn(date) is { } why
            ? Decision<MeetingScheduled>.Reject(why)
            : Decision<MeetingScheduled>.Accept(
                new MeetingScheduled(body.Id, isPublic, title, EffectiveDate.OnDay(date), provenance));

    public static Quoracy JudgeQuoracy(GoverningBody body, DateOnly date, IEnumerable<string> present)
    {
        var quorum = body.TermsOn(date).Quorum;
        var voting = body.SeatsOn(date).Where(seat => seat.Votes).Select(seat => seat.Id).ToHashSet();
        var votingPresent = present.Distinct().Count(voting.Contains);
        return votingPresent >= quorum
            ? new Quoracy(true, $"Quorate: {votingPresent} of {voting.Count} voting seats present; the quorum is {quorum}.")
            : new Quoracy(false, $"Inquorate: {votingPresent} of {voting.Count} voting seats present; the quorum is {quorum}.");
    }

    public static Decision<AttendanceRecorded> RecordAttendance(GoverningBody body, Meeting meeting,
        IReadOnlyList<string> present, IReadOnlyList<string> apologies, Provenance provenance)
    {
        if (meeting.Attendance is not null)
            return Decision<AttendanceRecorded>.Reject("Attendance at this meeting is already recorded.");
        var seats = body.SeatsOn(meeting.Date).Select(seat => seat.Id).ToHashSet();
        var unknown = present.Concat(apologies).Where(id => !seats.Contains(id)).Distinct().ToList();
        if (unknown.Count > 0)
            return Decision<AttendanceRecorded>.Reject(
                $"{List(unknown)} held no seat on {body.Name} on {meeting.Date:yyyy-MM-dd}.");
        var both = present.Intersect(apologies).ToList();
        if (both.Count > 0)
            return Decision<AttendanceRecorded>.Reject($"{List(both)} cannot be both present and sending apologies.");

        return Decision<AttendanceRecorded>.Accept(new AttendanceRecorded(present.Distinct().ToList(),
            apologies.Distinct().ToList(), JudgeQuoracy(body, meeting.Date, present), OnMeetingDay(meeting), provenance));
    }

    public static Decision<InterestDeclared> DeclareInterest(GoverningBody body, Meeting meeting, string seatId,
        string item, string nature, Provenance provenance) =>
        body.SeatsOn(meeting.Date).All(seat => seat.Id != seatId)
            ? Decision<InterestDeclared>.Reject($"{seatId} held no seat on {body.Name} on {meeting.Date:yyyy-MM-dd}.")
            : Decision<InterestDeclared>.Accept(
                new InterestDeclared(seatId, item.Trim(), nature.Trim(), OnMeetingDay(meeting), provenance));

    /// <param name="numberUsedAt">The date of the meeting that already used the draft's number, if one did.</param>
    public static Decision<ResolutionRecorded> RecordResolution(GoverningBody body, Meeting meeting,
        ResolutionDraft draft, DateOnly? numberUsedAt, RescissionTarget? rescinds, Provenance provenance)
    {
        var why = WhyNotNumbered(body, meeting, draft.Number, numberUsedAt)
                  ?? WhyNotDecided(body, meeting, draft)
                  ?? WhyNotRescinding(body, meeting, draft, rescinds);
        return why is not null
            ? Decision<ResolutionRecorded>.Reject(why)
            : Decision<ResolutionRecorded>.Accept(new ResolutionRecorded(draft.Number, draft.Item.Trim(),
                draft.Text.Trim(), draft.Reasons?.Trim(), draft.Votes, draft.Recused, draft.Outcome, draft.Rescinds,
                OnMeetingDay(meeting), provenance,
                meeting.ItemNamed(draft.Item)?.CurrentPapers().Select(p => new DecidedOnPaper(p.PaperId, p.Version, p.Sha256)).ToList()));
    }

    /// <summary>The rescission a recorded resolution brings about: only a resolution that passed rescinds.</summary>
    public static ResolutionRescinded? RescissionBy(ResolutionRecorded recorded, string meetingId) =>
        recorded is { Outcome: ResolutionOutcome.Passed, Rescinds: { } target }
            ? new ResolutionRescinded(target.Number, new ResolutionRef(meetingId, recorded.Number), recorded.Effective,
                recorded.Provenance)
            : null;

    public static readonly IReadOnlySet<string> CorrectableFields = new HashSet<string> { "text", "reasons", "item" };

    public static Decision<ResolutionCorrected> CorrectResolution(Meeting meeting, string number, string field,
        string correct, string reason, Provenance provenance)
    {
        if (meeting.Find(number) is not { } resolution)
            return Decision<ResolutionCorrected>.Reject($"No resolution {number} was recorded at this meeting.");
        if (!CorrectableFields.Contains(field))
            return Decision<ResolutionCorrected>.Reject(
                $"'{field}' cannot be corrected; only {List(CorrectableFields)} can. Votes and outcomes stand as " +
                "decided: a different decision is a new resolution, which may rescind this one.");
        var recorded = field switch
        {
            "text" => resolution.Text,
            "reasons" => resolution.Corrections.LastOrDefault(c => c.Field == field)?.Correct ?? resolution.Recorded.Reasons ?? "",
            _ => resolution.Item,
        };
        return recorded == correct.Trim()
            ? Decision<ResolutionCorrected>.Reject($"The {field} of {number} already reads so; there is nothing to correct.")
            : Decision<ResolutionCorrected>.Accept(new ResolutionCorrected(number, field, recorded, correct.Trim(),
                reason.Trim(), OnMeetingDay(meeting), provenance));
    }

    public static Decision<MinutesApproved> ApproveMinutes(Meeting minuted, Meeting approving, Provenance provenance)
    {
        if (minuted.MinutesApproval is not null)
            return Decision<MinutesApproved>.Reject("The minutes of this meeting are already approved.");
        if (approving.BodyId != minuted.BodyId)
            return Decision<MinutesApproved>.Reject("Minutes are approved at a later meeting of the same body.");
        if (approving.Date <= minuted.Date)
            return Decision<MinutesApproved>.Reject(
                $"Minutes of {minuted.Date:yyyy-MM-dd} are approved at a later meeting, not one on {approving.Date:yyyy-MM-dd}.");
        if (approving.Attendance is not { Quoracy.Quorate: true })
            return Decision<MinutesApproved>.Reject("The approving meeting must have its attendance recorded and be quorate.");
        return Decision<MinutesApproved>.Accept(new MinutesApproved(approving.Id, OnMeetingDay(approving), provenance));
    }

    private static string? WhyNotNumbered(GoverningBody body, Meeting meeting, string number, DateOnly? usedAt)
    {
        var match = NumberPattern().Match(number);
        if (!match.Success)
            return $"'{number}' is not a resolution number. Number resolutions YEAR/N, for example {meeting.Date.Year}/14.";
        if (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) != meeting.Date.Year)
            return $"Resolution {number} is numbered for another year than its meeting ({meeting.Date:yyyy-MM-dd}).";
        return usedAt is { } date
            ? $"Resolution {number} of {body.Name} was already recorded at the meeting of {date:yyyy-MM-dd}; a number is used once."
            : null;
    }

    private static string? WhyNotDecided(GoverningBody body, Meeting meeting, ResolutionDraft draft)
    {
        if (meeting.Attendance is not { } attendance)
            return "Record who attended before recording resolutions: whether the meeting could decide depends on it.";
        if (body.WhyNotSittingOn(meeting.Date) is { } notSitting) return notSitting;

        var decides = draft.Outcome is ResolutionOutcome.Passed or ResolutionOutcome.Rejected;
        if (!decides)
            return draft.Votes.AllVoters().Any() ? $"An item recorded as {draft.Outcome} has no votes." : null;
        if (!attendance.Quoracy.Quorate)
            return $"An inquorate meeting decides nothing. {attendance.Quoracy.Reason} " +
                   "It can note or defer the item.";

        var votingPresent = body.SeatsOn(meeting.Date).Where(seat => seat.Votes).Select(seat => seat.Id)
            .Intersect(attendance.Present).ToHashSet();
        var item = draft.Item.Trim();
        var interested = meeting.SeatsWithInterestIn(item).ToHashSet();
        var voters = draft.Votes.AllVoters().ToList();

        if (voters.Intersect(interested).ToList() is { Count: > 0 } conflicted)
            return $"{List(conflicted)} declared an interest in '{item}' and may not vote on it; record them as recused.";
        if (voters.Intersect(draft.Recused).ToList() is { Count: > 0 } recusedVoting)
            return $"{List(recusedVoting)} stood aside from '{item}' and cannot also vote on it.";
        if (voters.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList() is { Count: > 0 } twice)
            return $"{List(twice)} voted more than once.";
        if (voters.Where(v => !votingPresent.Contains(v)).ToList() is { Count: > 0 } ineligible)
            return $"{List(ineligible)} did not hold a voting seat present at the meeting.";

        var eligible = votingPresent.Except(draft.Recused).Count();
        var quorum = body.TermsOn(meeting.Date).Quorum;
        if (eligible < quorum)
            return $"With {List(draft.Recused)} recused, only {eligible} voting members could take part in " +
                   $"'{item}'; the quorum is {quorum}, so the meeting could not decide it.";

        var (carried, explanation) = VoteCounting.Count(body.TermsOn(meeting.Date).Voting, draft.Votes, eligible);
        var outcome = carried ? ResolutionOutcome.Passed : ResolutionOutcome.Rejected;
        return outcome == draft.Outcome
            ? null
            : $"The outcome must follow from the votes: {explanation}, so the motion was {outcome}, not {draft.Outcome}.";
    }

    private static string? WhyNotRescinding(GoverningBody body, Meeting meeting, ResolutionDraft draft,
        RescissionTarget? target)
    {
        if (draft.Rescinds is not { } reference) return null;
        // Another body's resolution is answered as if absent: its meetings may be private to their own secretaries.
        if (target is null || target.Meeting.BodyId != body.Id)
            return $"There is no resolution {reference.Number} at meeting {reference.MeetingId} to rescind.";
        if (target.Meeting.Date >= meeting.Date)
            return $"Resolution {reference.Number} is not earlier than this meeting; only an earlier resolution can be rescinded.";
        if (target.Resolution.Recorded.Outcome != ResolutionOutcome.Passed)
            return $"Resolution {reference.Number} did not pass, so there is nothing to rescind.";
        return target.Resolution.Rescinded is { } done
            ? $"Resolution {reference.Number} was already rescinded by {done.RescindedBy.Number}."
            : null;
    }

    private static EffectiveDate OnMeetingDay(Meeting meeting) => EffectiveDate.OnDay(meeting.Date);

    private static string List(IEnumerable<string> items) => string.Join(", ", items);

    [GeneratedRegex(@"^([0-9]{4})/([0-9]{1,4})$")]
    private static partial Regex NumberPattern();
}
