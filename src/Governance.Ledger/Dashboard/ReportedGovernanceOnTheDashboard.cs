using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>The leaders, chairs and arrangements the published sources report for a footprint, on its page: who held a
/// post on the date, and the reports the sources give no date for, kept apart from the timeline.</summary>
public static class ReportedGovernanceOnTheDashboard
{
    public static string Since(ReportedLeader leader) => leader.Change switch
    {
        LeadershipChange.InPost => "reported in post at",
        LeadershipChange.Designated => "designate from",
        _ => "appointed",
    };
}
