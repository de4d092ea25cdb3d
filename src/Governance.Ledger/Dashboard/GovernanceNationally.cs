using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>How many footprints had each kind of governance arrangement, month by month: memoranda, joint committees
/// and partnership boards as the sources report them (a footprint counts from its first dated report of that kind: the
/// sources date arrangements, not their ends), then integrated care systems and boards from the registry.</summary>
public static class GovernanceNationally
{
    public static string Chart(IReadOnlyList<FootprintTimeline> timelines, IReadOnlyList<StageCount> monthly, DateOnly asOf)
    {
        var months = monthly.Select(m => m.Date).ToList();
        var reported = timelines.SelectMany(t => t.Events.Select(e => e.Event).OfType<ArrangementReported>()
                .Where(r => r.Effective.IsDated()).Select(r => (Footprint: t.Id, r.Kind, r.Effective.Date)))
            .GroupBy(r => (r.Footprint, r.Kind)).Select(g => (g.Key.Kind, First: g.Min(r => r.Date))).ToList();
        Charts.Series Reported(ReportedArrangementKind kind, string name, string css) => new(name, css,
            months.Select(m => (double)reported.Count(r => r.Kind == kind && r.First <= m)).ToList());

        return "<figure id=\"arrangements-over-time\">" +
               Charts.Lines("arrangements-chart", "Footprints by governance arrangement, month by month",
                   "Memoranda of understanding, joint committees and partnership boards counted from the first report of each in " +
                   "a footprint (the sources date them but not their ends); integrated care systems and boards from the registry; " +
                   "the marked line is the page's date.", months,
                   [
                       Reported(ReportedArrangementKind.MemorandumOfUnderstanding, "Memorandum of understanding reported", "stp"),
                       Reported(ReportedArrangementKind.JointCommittee, "Joint committee reported", "partnership"),
                       Reported(ReportedArrangementKind.PartnershipBoard, "Partnership board reported", "drawn"),
                       new("Integrated care systems", "ics", monthly.Select(m => (double)m.IntegratedCareSystems).ToList()),
                       new("Integrated care boards", "icb", monthly.Select(m => (double)m.IntegratedCareBoards).ToList()),
                   ], asOf) +
               "<figcaption><span class=\"key stp\">memorandum reported</span> <span class=\"key partnership\">joint committee reported</span> " +
               "<span class=\"key drawn\">partnership board reported</span> <span class=\"key ics\">integrated care systems</span> " +
               "<span class=\"key icb\">integrated care boards</span></figcaption></figure>";
    }
}
