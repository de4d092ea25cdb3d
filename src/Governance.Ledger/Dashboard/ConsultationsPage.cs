using System.Globalization;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Engagement;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.ServiceChanges;
using Governance.Ledger.Infrastructure.Csv;
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
        var consultations = await ReadAsync(record, new AsAtQuery(record.AsOf, null), cancellation);
        return Pages.Render<ConsultationsView>(new() { ["AsOf"] = record.AsOf, ["Consultations"] = consultations });
    }

    /// <summary>Every consultation opened by a date, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/consultations.csv", OperationId = "ConsultationsCsv")]
    public static async Task<IResult> Csv(RecordReader record, CancellationToken cancellation) =>
        CsvFile.Download("consultations.csv", ["opened", "closed", "days", "footprint", "proposal", "title", "on_options", "responses", "decided"],
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
        var events = await record.EventsAsync(listings.Select(l => l.Id).ToList(), cancellation, query);
        return listings
            .Select(l => record.Fold(ServiceChangesRegistration.Proposals, l.Id, events[l.Id]))
            .OfType<ServiceChangeProposal>()
            .Where(p => p.Consultation is not null)
            .Select(p => new NationalConsultation(p.FootprintId, new ConsultationEntry(p.Id, p.Title, p.Consultation!.Opens,
                p.Consultation.Closes, p.Consultation.Closes.DayNumber - p.Consultation.Opens.DayNumber, p.Consultation.OnOptions,
                p.Consultation.Responses, p.Consultation.ReportPublishedOn), p.DecidedOn is not null))
            .OrderBy(c => c.Consultation.Opens).ThenBy(c => c.FootprintId).ToList();
    }
}
