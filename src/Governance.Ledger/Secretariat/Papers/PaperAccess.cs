using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Secretariat.Papers;

/// <summary>Who may see a paper's content, from where it was tabled: a public item of a public meeting (or approved
/// minutes of a meeting with nothing private) to anyone; anything else only to those who may see that meeting.</summary>
/// <param name="Visible">The caller may download it: at least one of its places is open to them.</param>
/// <param name="Everywhere">Every place it was tabled is open to them (or it was tabled nowhere yet).</param>
public sealed record PaperAccess(bool Visible, bool Everywhere, string? FileName)
{
    public static async Task<PaperAccess> ForAsync(IQuerySession session, string sha256, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var placements = await session.Query<PaperPlacement>().Where(p => p.Sha256 == sha256).ToListAsync(cancellation);
        var (visible, everywhere) = (false, true);
        string? fileName = null;
        foreach (var placement in placements)
        {
            var meeting = await session.Events.AggregateStreamAsync<Meeting>(placement.MeetingId, token: cancellation);
            if (meeting is null) continue;
            // The placement is an index; the meeting's own events decide: a placement row changed or added behind the
            // ledger's back that its meeting does not bear out opens nothing.
            var minutes = placement.ItemNumber == PaperPlacement.Minutes;
            if (minutes && meeting.MinutesApproval?.MinutesSha256 != sha256) continue;
            var item = meeting.Agenda.FirstOrDefault(i => i.Number == placement.ItemNumber && i.Papers.Any(p => p.Sha256 == sha256));
            if (item is null && !minutes) continue;
            var body = (await session.Events.AggregateStreamAsync<GoverningBody>(meeting.BodyId, token: cancellation))!;
            // Approved minutes cover the whole meeting: public only when none of it was private.
            var isPublic = meeting.Public && (minutes ? meeting.Agenda.All(i => !i.Private) : !item!.Private);
            if (isPublic || RecordReader.SeesPrivate(user, body.FootprintId, body.Id))
            {
                visible = true;
                fileName ??= minutes ? $"minutes-{meeting.Date:yyyy-MM-dd}.html" : item!.Papers.First(p => p.Sha256 == sha256).FileName;
            }
            else
            {
                everywhere = false;
            }
        }

        return new PaperAccess(visible, everywhere, fileName);
    }
}
