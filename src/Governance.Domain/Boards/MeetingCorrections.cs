using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>How a meeting's record is put right without rewriting it: struck out whole or a resolution at a time, or
/// moved to the date it was really held. A board portal cancels a meeting or strikes out a minute; it never edits one.</summary>
public static class MeetingCorrections
{
    public static Decision<MeetingStruckOut> StrikeOut(Meeting meeting, string reason, Provenance provenance) =>
        meeting.MinutesApproval is not null
            ? Decision<MeetingStruckOut>.Reject(
                "The minutes of this meeting were approved; strike out its resolutions one by one, each with its reason.")
            : Decision<MeetingStruckOut>.Accept(new MeetingStruckOut(reason.Trim(), EffectiveDate.OnDay(meeting.Date), provenance));

    public static Decision<ResolutionStruckOut> StrikeOutResolution(Meeting meeting, string number, string reason,
        Provenance provenance) =>
        meeting.Find(number) is null
            ? Decision<ResolutionStruckOut>.Reject($"This meeting has no resolution {number} to strike out.")
            : Decision<ResolutionStruckOut>.Accept(new ResolutionStruckOut(number, reason.Trim(), EffectiveDate.OnDay(meeting.Date), provenance));

    /// <param name="today">Today on the ledger's clock: a meeting something was recorded at has been held.</param>
    public static Decision<MeetingDateCorrected> CorrectDate(GoverningBody body, Meeting meeting, DateOnly correct,
        string reason, DateOnly today, Provenance provenance)
    {
        var year = meeting.Resolutions.FirstOrDefault()?.Number.Split('/')[0];
        var why = correct == meeting.Date
                ? $"The meeting is already recorded on {correct:yyyy-MM-dd}."
                : body.WhyNotSittingOn(correct)
                  ?? (correct > today && HasBeenHeld(meeting)
                      ? $"Attendance or resolutions are recorded for this meeting, so it was held; it cannot be moved to " +
                        $"{correct:yyyy-MM-dd}, after today ({today:yyyy-MM-dd})."
                      : null)
                  ?? (year is not null && correct.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) != year
                      ? $"Its resolutions are numbered for {year}; a meeting does not move out of the year its resolutions are numbered in."
                      : null);
        return why is not null
            ? Decision<MeetingDateCorrected>.Reject(why)
            : Decision<MeetingDateCorrected>.Accept(new MeetingDateCorrected(meeting.Date, correct, reason.Trim(),
                EffectiveDate.OnDay(correct), provenance));
    }

    private static bool HasBeenHeld(Meeting meeting) =>
        meeting.Attendance is not null || meeting.Resolutions.Count > 0 || meeting.Interests.Count > 0;
}
