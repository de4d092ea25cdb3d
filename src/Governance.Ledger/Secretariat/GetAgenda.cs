using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <summary>The papers a resolution was taken on, and those re-issued since.</summary>
public sealed record DecidedOnPapers(string Resolution, string Item, IReadOnlyList<DecidedOnPaper> Papers,
    IReadOnlyList<PaperChanged> ChangedSince);

/// <param name="Conflicts">Standing interests of members present in organisations the items concern: advice to the chair.</param>
public sealed record AgendaView(string MeetingId, DateOnly Date, IReadOnlyList<AgendaItem> Items, IReadOnlyList<ConflictFlag> Conflicts,
    IReadOnlyList<DecidedOnPapers> Decisions, long Version);

public static class GetAgenda
{
    /// <summary>A meeting's agenda with every version of its papers, the conflicts of interest its register suggests for
    /// those present, and, for each resolution, the papers it was taken on and any re-issued since. Private items only
    /// for those who may see them; a private meeting not at all for others.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/meetings/{id}/agenda", OperationId = "GetAgenda")]
    public static async Task<IResult> Get(string id, RecordReader record, HttpContext context, CancellationToken cancellation)
    {
        var meeting = await record.NowAsync<Meeting>(id, cancellation);
        if (meeting is null) return BoardProblems.UnknownMeeting(id);
        var body = (await record.NowAsync<GoverningBody>(meeting.BodyId, cancellation))!;
        if (record.Shown(body, meeting) is not { } shown) return BoardProblems.UnknownMeeting(id);

        var register = await record.NowAsync<StandingRegister>(StandingRegister.StreamKey(body.Id), cancellation);
        var conflicts = record.Shown(body, StandingRegister.ConflictsAt(register, shown), c => register!.Find(c.EntryId)!.Withheld);
        var version = await record.VersionAsync(id, cancellation);
        return VersionedRead.Ok(new AgendaView(id, meeting.Date, shown.Agenda, conflicts,
            shown.Resolutions.Where(r => r.Recorded.Papers is not null)
                .Select(r => new DecidedOnPapers(r.Number, r.Item,
                    r.Recorded.Papers!.Where(p => shown.Agenda.Any(i => i.Papers.Any(v => v.PaperId == p.PaperId))).ToList(),
                    shown.PapersChangedSince(r))).ToList(), version), version);
    }
}
