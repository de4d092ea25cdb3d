using System.Text;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.SharedDecisions;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint's governance arrangements and shared decisions, as timeline entries and as the arrangements
/// in force on the page's date.</summary>
public static class GovernanceOnTheDashboard
{
    public static async Task<(IReadOnlyList<(DateOnly Date, string Label, string Html)> Entries, string Section)> ReadAsync(
        RecordReader record, string footprintId, DateOnly asOf, CancellationToken cancellation)
    {
        var on = new AsAtQuery(asOf, null);
        var arrangements = await SharedDecisionsRegistration.Arrangements.AsAtAsync(record.Session,
            FootprintArrangements.StreamKey(footprintId), on, cancellation);
        var link = $" <a class=\"provenance\" href=\"/api/footprints/{Html.Encode(footprintId)}/arrangements?asOf={asOf:yyyy-MM-dd}\">record</a>";
        var entries = (arrangements?.Arrangements ?? []).SelectMany(a => ArrangementEntries(a, link)).ToList();

        var decisions = await record.Session.Query<SharedDecisionListing>().Where(d => d.FootprintId == footprintId)
            .Select(d => d.Id).ToListAsync(cancellation);
        var events = decisions.Count == 0 ? null : await AsAtEvents.ReadAsync(record.Session, decisions, on, cancellation);
        foreach (var id in decisions)
        {
            if (SharedDecisionsRegistration.Decisions.Fold(id, events![id]) is { } decision)
                entries.AddRange(DecisionEntries(decision, asOf));
        }

        return (entries, Section(arrangements?.InForceOn(asOf) ?? [], asOf));
    }

    private static string Describe(ArrangementKind kind) => kind switch
    {
        ArrangementKind.MemorandumOfUnderstanding => "Memorandum of understanding",
        ArrangementKind.JointCommittee => "Joint committee",
        ArrangementKind.CommitteesInCommon => "Committees in common",
        ArrangementKind.PartnershipBoard => "Partnership board",
        _ => "Integrated care board and partnership",
    };

    private static string Describe(RatificationRule rule) => rule switch
    {
        RatificationRule.EveryRequiredPartner => "every required partner ratifies",
        RatificationRule.MajorityOfRequiredPartners => "a majority of required partners ratifies",
        _ => "the joint committee decides alone",
    };

    private static IEnumerable<(DateOnly, string, string)> ArrangementEntries(Arrangement a, string link)
    {
        var name = Html.Encode(a.Terms[0].Description);
        yield return Entry(a.From, $"{Describe(a.Kind)} adopted by {Html.Encode(string.Join(", ", a.PartiesOn(a.From).Select(p => p.Organisation)))}: {name}{link}");
        foreach (var party in a.Parties.Where(p => p.From > a.From))
            yield return Entry(party.From, $"{Html.Encode(party.Organisation)} adopted {name}{link}");
        foreach (var terms in a.Terms.Skip(1))
            yield return Entry(terms.From, $"{name} revised: {Html.Encode(terms.Description)}; {Describe(terms.Rule)}{link}");
        foreach (var chair in a.Chairs)
            yield return Entry(chair.From,
                $"{Html.Encode(chair.Name)} appointed {(chair.Independent ? "independent " : "")}{chair.Role.ToString().ToLowerInvariant()} of {name}{link}");
        if (a.Until is { } until) yield return Entry(until, $"{name} dissolved{link}");
    }

    private static IEnumerable<(DateOnly, string, string)> DecisionEntries(SharedDecision d, DateOnly asOf)
    {
        var link = $" <a class=\"provenance\" href=\"/api/shared-decisions/{d.Id}?asOf={asOf:yyyy-MM-dd}\">record</a>";
        yield return Entry(d.ProposedOn, $"Shared decision proposed to {d.Partners.Count} partners: {Html.Encode(d.Title)}{link}");
        if (d.ConcludedOn is { } on)
            yield return Entry(on, $"Shared decision {Outcome(d.Status)}: {Html.Encode(d.Title)}{link}");
    }

    private static string Outcome(SharedDecisionStatus status) => status switch
    {
        SharedDecisionStatus.InEffect => "took effect",
        SharedDecisionStatus.Defeated => "was defeated",
        SharedDecisionStatus.Lapsed => "lapsed",
        _ => "was withdrawn",
    };

    private static (DateOnly, string, string) Entry(DateOnly date, string html) => (date, date.ToString("yyyy-MM-dd"), html);

    private static string Section(IReadOnlyList<Arrangement> inForce, DateOnly asOf)
    {
        var html = new StringBuilder($"<section id=\"arrangements\"><h2>Governance arrangements as at {Html.Date(asOf)}</h2>");
        if (inForce.Count == 0) return html.Append("<p>None recorded in force on this date.</p></section>").ToString();

        html.Append("<ul>");
        foreach (var a in inForce)
        {
            var terms = a.TermsOn(asOf);
            html.Append($"<li><strong>{Describe(a.Kind)}</strong>: {Html.Encode(terms.Description)}; {Describe(terms.Rule)}; ")
                .Append($"partners {Html.Encode(string.Join(", ", a.PartiesOn(asOf).Select(p => p.Organisation)))}");
            if (terms.DelegatedDecisions.Count > 0)
                html.Append($"; delegated: {Html.Encode(string.Join(", ", terms.DelegatedDecisions))}");
            foreach (var chair in a.ChairsOn(asOf))
                html.Append($"; {chair.Role.ToString().ToLowerInvariant()} {Html.Encode(chair.Name)}{(chair.Independent ? " (independent)" : "")}");
            html.Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }
}
