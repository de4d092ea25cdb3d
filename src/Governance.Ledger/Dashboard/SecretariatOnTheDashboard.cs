using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.Dashboard;

/// <summary>Each body's business on a footprint's page: its forward plan and where each item went, the decisions taken
/// without appearing in it, its overdue actions, chair's actions awaiting ratification, and its meetings' minutes.</summary>
public static class SecretariatOnTheDashboard
{
    public static IReadOnlyList<BodyBusiness> Of(RecordReader record, IReadOnlyList<BodyOnThePage> bodies) =>
        bodies.Select(b => new BodyBusiness(b.Listing, ForwardPlanThreads.Of(b.ForwardPlan, b.Meetings),
            GetActions.Visible(b.Actions, b.Meetings), b.ChairsActions?.FlagsOn(record.AsOf, BodyMeetings.Held(b.Meetings)) ?? [],
            b.Meetings.OrderBy(m => m.Date).ToList())).ToList();

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
