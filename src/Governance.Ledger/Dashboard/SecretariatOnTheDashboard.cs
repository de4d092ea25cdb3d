using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.Dashboard;

/// <summary>Each body's business on a footprint's page: its forward plan and where each item went, the decisions taken
/// without appearing in it, its overdue actions, chair's actions awaiting ratification, and its meetings' minutes.</summary>
public static class SecretariatOnTheDashboard
{
    public static async Task<IReadOnlyList<BodyBusiness>> ReadAsync(RecordReader record, IReadOnlyList<BodyListing> bodies,
        CancellationToken cancellation)
    {
        var business = new List<BodyBusiness>();
        foreach (var listing in bodies.Where(b => b.ConstitutedOn <= record.AsOf).OrderBy(b => b.ConstitutedOn))
        {
            var plan = (await record.BodyListAsync(SecretariatRegistration.ForwardPlans, listing.Id,
                Domain.Secretariat.ForwardPlan.StreamKey(listing.Id), cancellation))!;
            var actions = GetActions.Visible(
                await record.AsAtAsync(SecretariatRegistration.Actions, ActionLog.StreamKey(listing.Id), cancellation), plan.Meetings);
            var chairs = await record.AsAtAsync(SecretariatRegistration.ChairsActions, ChairsActions.StreamKey(listing.Id), cancellation);
            business.Add(new BodyBusiness(listing, ForwardPlanThreads.Of(plan.List, plan.Meetings), actions,
                chairs?.FlagsOn(record.AsOf, BodyMeetings.Held(plan.Meetings)) ?? [], plan.Meetings.OrderBy(m => m.Date).ToList()));
        }

        return business;
    }

    /// <summary>Where a forward plan item went, in words.</summary>
    public static string Where(ForwardPlanThread thread) => thread switch
    {
        { Item.WithdrawnOn: { } withdrawn } => $"withdrawn {withdrawn:yyyy-MM-dd}",
        { DecidedBy: [.., var decided] } => $"decided {decided.Date:yyyy-MM-dd} by resolution {decided.Resolution} ({decided.Outcome.ToString().ToLowerInvariant()})",
        { OnAgenda: [.., var placed] } => $"on the agenda of {placed.Date:yyyy-MM-dd}, item {placed.ItemNumber}",
        _ => "planned",
    };
}

/// <summary>A body's business on a date as the reader may see it: its forward plan and where each item went, its
/// actions, the chair's actions awaiting ratification, and its meetings.</summary>
public sealed record BodyBusiness(BodyListing Body, ForwardPlanThreads Plan, IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<ChairsActionFlag> Flags, IReadOnlyList<Domain.Boards.Meeting> Meetings);
