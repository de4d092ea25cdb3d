using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <summary>A chair's action as the caller may see it: a ratification at a meeting (or on an item) they may not see
/// says only that it was ratified.</summary>
public sealed record ChairsActionView(string Id, string Decision, string Reasons, IReadOnlyList<string> TakenBy, DateOnly TakenOn,
    bool Ratified, ResolutionRef? RatifiedBy, DateOnly? RatifiedOn, bool? AtNextQuorateMeeting)
{
    public static ChairsActionView Of(ChairsAction a, bool shown) => new(a.Id, a.Decision, a.Reasons, a.TakenBy, a.TakenOn,
        a.Ratification is not null, shown ? a.Ratification?.Resolution : null, shown ? a.Ratification?.Effective.Date : null,
        shown ? a.Ratification?.AtNextQuorateMeeting : null);
}

/// <param name="Flags">Each chair's action not ratified at the next quorate meeting, and why: judged, for those who may
/// not see private meetings, against the meetings they may see.</param>
public sealed record ChairsActionsView(string BodyId, DateOnly AsOf, IReadOnlyList<ChairsActionView> Actions,
    IReadOnlyList<ChairsActionFlag> Flags, long Version);

public static class GetChairsActions
{
    /// <summary>A body's chair's actions as at a date, flagged until ratified at a quorate meeting, and flagged still
    /// when the next quorate meeting passed without ratifying one.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/chairs-actions", OperationId = "GetChairsActions")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if (await record.BodyListAsync(SecretariatRegistration.ChairsActions, id, ChairsActions.StreamKey(id), cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var visible = read.Meetings.ToDictionary(m => m.Id);
        bool Shown(ChairsAction a) => a.Ratification is not { Resolution: var r } ||
                                      visible.TryGetValue(r.MeetingId, out var m) && m.Find(r.Number) is not null;
        return VersionedRead.Ok(new ChairsActionsView(id, record.AsOf,
            (read.List?.Actions ?? []).Select(a => ChairsActionView.Of(a, Shown(a))).ToList(),
            read.List?.FlagsOn(record.AsOf, BodyMeetings.Held(read.Meetings)) ?? [], read.Version), read.Version);
    }
}
