using System.Globalization;
using System.Text;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Engagement;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.ServiceChanges;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

/// <summary>A formal public consultation anywhere in England, and its footprint.</summary>
public sealed record NationalConsultation(string FootprintId, ConsultationEntry Consultation, bool Decided);

public static class ConsultationsPage
{
    /// <summary>Every formal public consultation on a proposed service change opened by a date, in every footprint:
    /// when it ran, how long, on options or one solution, how many responded, and whether the change was decided.</summary>
    [AllowAnonymous]
    [WolverineGet("/consultations", OperationId = "ConsultationsPage")]
    public static async Task<IResult> Get(RecordReader record, CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        var consultations = await ReadAsync(record, new AsAtQuery(asOf, null), cancellation);
        var perYear = consultations.GroupBy(c => c.Consultation.Opens.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Count())).ToList();
        var body = new StringBuilder($"<h1>Public consultations on service changes by {Html.Date(asOf)}</h1>")
            .Append("<form class=\"date-control\" method=\"get\"><label for=\"asOf\">As at</label> ")
            .Append($"<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"{asOf:yyyy-MM-dd}\"> <button type=\"submit\">Show</button></form>")
            .Append($"<p id=\"consultation-summary\" data-count=\"{consultations.Count}\">{consultations.Count} consultations in ")
            .Append($"{consultations.Select(c => c.FootprintId).Distinct().Count()} footprints.</p>")
            .Append("<figure>")
            .Append(Charts.Bars("consultations-per-year", "Consultations opened per year",
                "Formal public consultations on proposed service changes, by the year they opened; the table below lists each.",
                perYear))
            .Append("<figcaption>Consultations opened per year (<a href=\"/api/dashboard/consultations.csv\">CSV</a>)</figcaption></figure>")
            .Append("<table id=\"consultations\"><caption>Consultations by date and footprint</caption><thead><tr>")
            .Append("<th scope=\"col\">Opened</th><th scope=\"col\">Closed</th><th scope=\"col\">Days</th><th scope=\"col\">Footprint</th>")
            .Append("<th scope=\"col\">Proposal</th><th scope=\"col\">Consulted on</th><th scope=\"col\">Responses</th>")
            .Append("<th scope=\"col\">Decided</th></tr></thead><tbody>")
            .Append(string.Concat(consultations.Select(c =>
                $"<tr data-footprint=\"{Html.Encode(c.FootprintId)}\"><td>{c.Consultation.Opens:yyyy-MM-dd}</td><td>{c.Consultation.Closes:yyyy-MM-dd}</td>" +
                $"<td>{c.Consultation.LengthDays}</td><td><a href=\"/footprints/{Html.Encode(c.FootprintId)}?asOf={asOf:yyyy-MM-dd}\">{Html.Encode(c.FootprintId)}</a></td>" +
                $"<td><a href=\"/api/service-changes/{Html.Encode(c.Consultation.ProposalId)}?asOf={asOf:yyyy-MM-dd}\">{Html.Encode(c.Consultation.Title)}</a></td>" +
                $"<td>{(c.Consultation.OnOptions ? "options" : "one solution")}</td><td>{c.Consultation.Responses?.ToString(CultureInfo.InvariantCulture) ?? "not yet reported"}</td>" +
                $"<td>{(c.Decided ? "yes" : "no")}</td></tr>")))
            .Append("</tbody></table>");
        return Html.Page("Consultations", body.ToString());
    }

    /// <summary>Every consultation opened by a date, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/consultations.csv", OperationId = "ConsultationsCsv")]
    public static async Task<IResult> Csv(RecordReader record, CancellationToken cancellation) =>
        DashboardData.Csv("consultations.csv", ["opened", "closed", "days", "footprint", "proposal", "title", "on_options", "responses", "decided"],
            (await ReadAsync(record, new AsAtQuery(record.AsOf, null), cancellation)).Select(c => new[]
            {
                c.Consultation.Opens.ToString("yyyy-MM-dd"), c.Consultation.Closes.ToString("yyyy-MM-dd"),
                c.Consultation.LengthDays.ToString(CultureInfo.InvariantCulture), c.FootprintId, c.Consultation.ProposalId,
                c.Consultation.Title, c.Consultation.OnOptions ? "true" : "false",
                c.Consultation.Responses?.ToString(CultureInfo.InvariantCulture) ?? "", c.Decided ? "true" : "false",
            }));

    public static async Task<IReadOnlyList<NationalConsultation>> ReadAsync(RecordReader record, AsAtQuery query,
        CancellationToken cancellation)
    {
        var asOf = query.AsOf;
        var listings = await record.Listings<ServiceChangeListing>().Where(l => l.ProposedOn <= asOf).ToListAsync(cancellation);
        if (listings.Count == 0) return [];
        var events = await AsAtEvents.ReadAsync(record.Session, listings.Select(l => l.Id).ToList(), query, cancellation);
        return listings
            .Select(l => ServiceChangesRegistration.Proposals.Fold(l.Id, events[l.Id]))
            .OfType<ServiceChangeProposal>()
            .Where(p => p.Consultation is not null)
            .Select(p => new NationalConsultation(p.FootprintId, new ConsultationEntry(p.Id, p.Title, p.Consultation!.Opens,
                p.Consultation.Closes, p.Consultation.Closes.DayNumber - p.Consultation.Opens.DayNumber, p.Consultation.OnOptions,
                p.Consultation.Responses, p.Consultation.ReportPublishedOn), p.DecidedOn is not null))
            .OrderBy(c => c.Consultation.Opens).ThenBy(c => c.FootprintId).ToList();
    }
}
