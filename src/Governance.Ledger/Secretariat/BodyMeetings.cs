using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>A body's meetings as chair's action is judged against them: each one's date and whether it was quorate.</summary>
public static class BodyMeetings
{
    public static IReadOnlyList<MeetingHeld> Held(IEnumerable<Meeting> meetings) => meetings
        .Select(m => new MeetingHeld(m.Id, m.Date, m.Attendance?.Quoracy.Quorate == true)).OrderBy(m => m.Date).ToList();
}
