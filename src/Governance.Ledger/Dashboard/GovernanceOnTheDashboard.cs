using Governance.Domain.SharedDecisions;
using Governance.Ledger.SharedDecisions;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint's governance arrangements and shared decisions, as timeline entries and as the arrangements
/// in force on the page's date.</summary>
public static class GovernanceOnTheDashboard
{
    public static async Task<(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<Arrangement> InForce)> ReadAsync(
        RecordReader record, string footprintId, DateOnly asOf, CancellationToken cancellation)
    {
        var arrangements = await record.AsAtAsync(SharedDecisionsRegistration.Arrangements, FootprintArrangements.StreamKey(footprintId),
            cancellation);
        var link = $"/api/footprints/{footprintId}/arrangements?asOf={asOf:yyyy-MM-dd}";
        var entries = (arrangements?.Arrangements ?? []).SelectMany(a => ArrangementEntries(a, link)).ToList();

        var decisions = await record.Listings<SharedDecisionListing>().Where(d => d.FootprintId == footprintId)
            .Select(d => d.Id).ToListAsync(cancellation);
        var events = decisions.Count == 0 ? null : await record.EventsAsync(decisions, cancellation);
        foreach (var id in decisions)
        {
            if (record.Fold(SharedDecisionsRegistration.Decisions, id, events![id]) is { } decision)
                entries.AddRange(DecisionEntries(decision, asOf));
        }

        return (entries, arrangements?.InForceOn(asOf) ?? []);
    }

    public static string Describe(ArrangementKind kind) => kind switch
    {
        ArrangementKind.MemorandumOfUnderstanding => "Memorandum of understanding",
        ArrangementKind.JointCommittee => "Joint committee",
        ArrangementKind.CommitteesInCommon => "Committees in common",
        ArrangementKind.PartnershipBoard => "Partnership board",
        _ => "Integrated care board and partnership",
    };

    public static string Describe(RatificationRule rule) => rule switch
    {
        RatificationRule.EveryRequiredPartner => "every required partner ratifies",
        RatificationRule.MajorityOfRequiredPartners => "a majority of required partners ratifies",
        _ => "the joint committee decides alone",
    };

    private static IEnumerable<TimelineEntry> ArrangementEntries(Arrangement a, string link)
    {
        var name = a.Terms[0].Description;
        yield return Entry(a.From, $"{Describe(a.Kind)} adopted by {string.Join(", ", a.PartiesOn(a.From).Select(p => p.Organisation))}: {name}", link);
        foreach (var party in a.Parties.Where(p => p.From > a.From))
            yield return Entry(party.From, $"{party.Organisation} adopted {name}", link);
        foreach (var terms in a.Terms.Skip(1))
            yield return Entry(terms.From, $"{name} revised: {terms.Description}; {Describe(terms.Rule)}", link);
        foreach (var chair in a.Chairs)
            yield return Entry(chair.From,
                $"{chair.Name} appointed {(chair.Independent ? "independent " : "")}{chair.Role.ToString().ToLowerInvariant()} of {name}", link);
        if (a.Until is { } until) yield return Entry(until, $"{name} dissolved", link);
    }

    private static IEnumerable<TimelineEntry> DecisionEntries(SharedDecision d, DateOnly asOf)
    {
        var link = $"/api/shared-decisions/{d.Id}?asOf={asOf:yyyy-MM-dd}";
        yield return Entry(d.ProposedOn, $"Shared decision proposed to {d.Partners.Count} partners: {d.Title}", link);
        if (d.ConcludedOn is { } on)
            yield return Entry(on, $"Shared decision {Outcome(d.Status)}: {d.Title}", link);
    }

    private static string Outcome(SharedDecisionStatus status) => status switch
    {
        SharedDecisionStatus.InEffect => "took effect",
        SharedDecisionStatus.Defeated => "was defeated",
        SharedDecisionStatus.Lapsed => "lapsed",
        _ => "was withdrawn",
    };

    private static TimelineEntry Entry(DateOnly date, string text, string link) => TimelineEntry.On(date, text, "record", link);
}
