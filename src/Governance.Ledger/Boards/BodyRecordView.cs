using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>A body as at a date: the terms and seats in force, and every meeting held by then with its record; each
/// with the version a write to it sends.</summary>
public sealed record BodyRecordView(
    string Id, string FootprintId, string Name, BodyKind Kind, DateOnly ConstitutedOn, DateOnly? DissolvedOn,
    DateOnly AsOf, TermsOfReference Terms, IReadOnlyList<Seat> Seats, IReadOnlyList<MeetingView> Meetings, long Version)
{
    public static BodyRecordView Of(GoverningBody body, IEnumerable<Meeting> meetings, DateOnly asOf,
        IReadOnlyDictionary<string, long> versions) => new(
        body.Id, body.FootprintId, body.Name, body.Kind, body.ConstitutedOn, body.DissolvedOn, asOf,
        body.TermsOn(asOf), body.SeatsOn(asOf),
        meetings.OrderBy(m => m.Date).Select(m => MeetingView.Of(m, versions[m.Id])).ToList(), versions[body.Id]);
}

public sealed record MeetingView(
    string Id, DateOnly Date, bool Public, string? Title, Quoracy? Quoracy, IReadOnlyList<string> Present,
    IReadOnlyList<string> Apologies, IReadOnlyList<InterestView> Interests, IReadOnlyList<ResolutionView> Resolutions,
    string? MinutesApprovedAt, long Version)
{
    public static MeetingView Of(Meeting meeting, long version) => new(
        meeting.Id, meeting.Date, meeting.Public, meeting.Title, meeting.Attendance?.Quoracy,
        meeting.Attendance?.Present ?? [], meeting.Attendance?.Apologies ?? [],
        meeting.Interests.Select(i => new InterestView(i.SeatId, i.Item, i.Nature)).ToList(),
        meeting.Resolutions.Select(ResolutionView.Of).ToList(),
        meeting.MinutesApproval?.AtMeetingId, version);
}

public sealed record InterestView(string SeatId, string Item, string Nature);

/// <param name="Text">As corrected; <paramref name="Corrections"/> keeps what was recorded before.</param>
/// <param name="RescindedBy">The later resolution that rescinded this one, once it had.</param>
public sealed record ResolutionView(
    string Number, string Item, string Text, string? Reasons, Votes Votes, IReadOnlyList<string> Recused,
    ResolutionOutcome Outcome, ResolutionRef? Rescinds, ResolutionRef? RescindedBy,
    IReadOnlyList<CorrectionView> Corrections)
{
    public static ResolutionView Of(Resolution resolution) => new(
        resolution.Number, resolution.Recorded.Item, resolution.Text, resolution.Recorded.Reasons,
        resolution.Recorded.Votes, resolution.Recorded.Recused, resolution.Recorded.Outcome,
        resolution.Recorded.Rescinds, resolution.Rescinded?.RescindedBy,
        resolution.Corrections.Select(c => new CorrectionView(c.Field, c.WasRecorded, c.Correct, c.Reason)).ToList());
}

public sealed record CorrectionView(string Field, string WasRecorded, string Correct, string Reason);
