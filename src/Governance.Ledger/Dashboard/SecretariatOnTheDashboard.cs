using System.Text;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.Dashboard;

/// <summary>Each body's business on a footprint's page: its forward plan and where each item went, the decisions taken
/// without appearing in it, its overdue actions, chair's actions awaiting ratification, and its meetings' minutes.</summary>
public static class SecretariatOnTheDashboard
{
    public static async Task<string> SectionAsync(RecordReader record, IReadOnlyList<BodyListing> bodies,
        CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        var html = new StringBuilder($"<section id=\"business\"><h2>Boards' business as at {Html.Date(asOf)}</h2>");
        var sitting = bodies.Where(b => b.ConstitutedOn <= asOf).OrderBy(b => b.ConstitutedOn).ToList();
        if (sitting.Count == 0) return html.Append("<p>No body of this footprint is recorded by this date.</p></section>").ToString();

        foreach (var listing in sitting)
        {
            var plan = (await record.BodyListAsync(SecretariatRegistration.ForwardPlans, listing.Id,
                Domain.Secretariat.ForwardPlan.StreamKey(listing.Id), cancellation))!;
            var threads = ForwardPlanThreads.Of(plan.List, plan.Meetings);
            var actions = GetActions.Visible(
                await record.AsAtAsync(SecretariatRegistration.Actions, ActionLog.StreamKey(listing.Id), cancellation), plan.Meetings);
            var chairs = await record.AsAtAsync(SecretariatRegistration.ChairsActions, ChairsActions.StreamKey(listing.Id), cancellation);
            var flags = chairs?.FlagsOn(asOf, BodyMeetings.Held(plan.Meetings)) ?? [];

            html.Append($"<article class=\"body\" data-body=\"{Html.Encode(listing.Id)}\"><h3>{Html.Encode(listing.Name)}</h3>")
                .Append(PlanTable(threads, listing.Id))
                .Append(Overdue(actions, asOf))
                .Append(flags.Count == 0 ? "" : "<h4>Chair's action awaiting ratification</h4><ul class=\"chairs-actions\">" +
                    string.Concat(flags.Select(f => $"<li>{Html.Encode(f.ActionId)}: {Html.Encode(f.Reason)}</li>")) + "</ul>")
                .Append(plan.Meetings.Count == 0 ? "" : "<h4>Minutes</h4><ul class=\"minutes\">" + string.Concat(plan.Meetings
                    .OrderBy(m => m.Date).Select(m => $"<li><a href=\"/meetings/{Html.Encode(m.Id)}/minutes\">{Html.Date(m.Date)}" +
                                                     $"{(m.Title is { } title ? $": {Html.Encode(title)}" : "")}</a></li>")) + "</ul>")
                .Append("</article>");
        }

        return html.Append("</section>").ToString();
    }

    private static string PlanTable(ForwardPlanThreads threads, string bodyId)
    {
        var html = new StringBuilder("<h4>Forward plan</h4>");
        html.Append(threads.Threads.Count == 0
            ? "<p>Nothing published.</p>"
            : $"<table class=\"forward-plan\"><caption>Items the body expects to decide (<a href=\"/api/bodies/{Html.Encode(bodyId)}/forward-plan\">JSON</a>)</caption>" +
              "<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Decision</th><th scope=\"col\">By</th><th scope=\"col\">Where it went</th></tr></thead><tbody>" +
              string.Concat(threads.Threads.Select(t =>
                  $"<tr data-item=\"{Html.Encode(t.Item.Id)}\"><td>{Html.Encode(t.Item.Id)}</td><td>{Html.Encode(t.Item.What)}" +
                  $"{(t.Item.Private ? $" (in private: {Html.Encode(t.Item.PrivateReason)})" : "")}</td><td>{Html.Date(t.Item.DecideBy)}</td>" +
                  $"<td>{Html.Encode(Where(t))}</td></tr>")) + "</tbody></table>");
        if (threads.LateAdditions.Count > 0)
            html.Append($"<p class=\"late\">Late additions: {threads.LateAdditions.Count} decided without appearing in the forward plan</p><ul class=\"late\">")
                .Append(string.Concat(threads.LateAdditions.Select(d =>
                    $"<li>{Html.Date(d.Date)}: resolution {Html.Encode(d.Resolution)} on {Html.Encode(d.Item)}</li>")))
                .Append("</ul>");
        return html.ToString();
    }

    private static string Where(ForwardPlanThread thread) => thread switch
    {
        { Item.WithdrawnOn: { } withdrawn } => $"withdrawn {withdrawn:yyyy-MM-dd}",
        { DecidedBy: [.., var decided] } => $"decided {decided.Date:yyyy-MM-dd} by resolution {decided.Resolution} ({decided.Outcome.ToString().ToLowerInvariant()})",
        { OnAgenda: [.., var placed] } => $"on the agenda of {placed.Date:yyyy-MM-dd}, item {placed.ItemNumber}",
        _ => "planned",
    };

    private static string Overdue(IReadOnlyList<ActionItem> actions, DateOnly asOf)
    {
        var overdue = actions.Where(a => a.OverdueOn(asOf)).ToList();
        return "<h4>Overdue actions</h4>" + (overdue.Count == 0
            ? $"<p class=\"overdue\" data-count=\"0\">None overdue ({actions.Count(a => a.ClosedOn is null)} open).</p>"
            : $"<ul class=\"overdue\" data-count=\"{overdue.Count}\">" + string.Concat(overdue.Select(a =>
                $"<li>{Html.Encode(a.Id)}: {Html.Encode(a.What)} ({Html.Encode(a.Owner)}), due {Html.Date(a.DueOn)}</li>")) + "</ul>");
    }
}
