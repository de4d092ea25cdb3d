using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.Dashboard;

/// <summary>A body of a footprint as at the page's clocks: its meetings as the reader may see them, and its
/// secretariat's records (forward plan, actions, chair's actions).</summary>
public sealed record BodyOnThePage(BodyListing Listing, GoverningBody Body, IReadOnlyList<Meeting> Meetings,
    ForwardPlan? ForwardPlan, ActionLog? Actions, ChairsActions? ChairsActions);

public static class BodiesOnThePage
{
    /// <summary>The footprint's bodies constituted by the date, read in two statements however many bodies, meetings and
    /// records they have: their meetings' listings, then every stream's events at once.</summary>
    public static async Task<IReadOnlyList<BodyOnThePage>> ReadAsync(RecordReader record, IReadOnlyList<BodyListing> listings,
        CancellationToken cancellation)
    {
        var sitting = listings.Where(b => b.ConstitutedOn <= record.AsOf).OrderBy(b => b.ConstitutedOn).ToList();
        if (sitting.Count == 0) return [];
        var ids = sitting.Select(b => b.Id).ToArray();
        var meetings = (await record.Listings<MeetingListing>().Where(m => m.BodyId.IsOneOf(ids)).ToListAsync(cancellation))
            .ToLookup(m => m.BodyId, m => m.Id);
        var events = await record.EventsAsync([
            .. ids, .. meetings.SelectMany(m => m),
            .. ids.SelectMany(id => new[] { ForwardPlan.StreamKey(id), ActionLog.StreamKey(id), ChairsActions.StreamKey(id) }),
        ], cancellation);

        return sitting.Select(listing => record.Fold(BoardsRegistration.Bodies, listing.Id, events[listing.Id]) is { } body
                ? new BodyOnThePage(listing, body,
                    record.Shown(body, meetings[listing.Id].Select(id => record.Fold(BoardsRegistration.Meetings, id, events[id])).OfType<Meeting>()),
                    Fold(SecretariatRegistration.ForwardPlans, ForwardPlan.StreamKey(listing.Id)),
                    Fold(SecretariatRegistration.Actions, ActionLog.StreamKey(listing.Id)),
                    Fold(SecretariatRegistration.ChairsActions, ChairsActions.StreamKey(listing.Id)))
                : null)
            .OfType<BodyOnThePage>().ToList();

        T? Fold<T, TFirst, TEvent>(Infrastructure.EventStore.FoldProjection<T, TFirst, TEvent> fold, string key)
            where T : class, Domain.Common.IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent => record.Fold(fold, key, events[key]);
    }
}
