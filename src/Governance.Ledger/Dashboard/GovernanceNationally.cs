using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>How many footprints had each kind of governance arrangement, month by month: memoranda, joint committees
/// and partnership boards as the sources report them (a footprint counts from its first dated report of that kind: the
/// sources date arrangements, not their ends), then integrated care systems and boards from the registry.</summary>
public static class GovernanceNationally
{
    public static IReadOnlyList<ChartSeries> Series(IReadOnlyList<FootprintTimeline> timelines, IReadOnlyList<StageCount> monthly)
    {
        var months = monthly.Select(m => m.Date).ToList();
        var reported = timelines.SelectMany(t => t.Events.Select(e => e.Event).OfType<ArrangementReported>()
                .Where(r => r.Effective.IsDated()).Select(r => (Footprint: t.Id, r.Kind, r.Effective.Date)))
            .GroupBy(r => (r.Footprint, r.Kind)).Select(g => (g.Key.Kind, First: g.Min(r => r.Date))).ToList();
        ChartSeries Reported(ReportedArrangementKind kind, string name, string css) => new(name, css,
            months.Select(m => (double)reported.Count(r => r.Kind == kind && r.First <= m)).ToList());

        return
        [
            Reported(ReportedArrangementKind.MemorandumOfUnderstanding, "Memorandum of understanding reported", "stp"),
            Reported(ReportedArrangementKind.JointCommittee, "Joint committee reported", "partnership"),
            Reported(ReportedArrangementKind.PartnershipBoard, "Partnership board reported", "drawn"),
            new("Integrated care systems", "ics", monthly.Select(m => (double)m.IntegratedCareSystems).ToList()),
            new("Integrated care boards", "icb", monthly.Select(m => (double)m.IntegratedCareBoards).ToList()),
        ];
    }
}
