using System.Globalization;

namespace Governance.Ledger.Dashboard;

/// <summary>How the pages write what they show.</summary>
public static class Words
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A resolution's outcome as a sentence says it.</summary>
    public static string Outcome(Governance.Domain.Boards.ResolutionOutcome outcome) => outcome switch
    {
        Governance.Domain.Boards.ResolutionOutcome.Passed => "passed",
        Governance.Domain.Boards.ResolutionOutcome.Rejected => "rejected",
        Governance.Domain.Boards.ResolutionOutcome.Deferred => "deferred",
        _ => "noted",
    };

    /// <summary>A plan's milestone as a timeline line says it.</summary>
    public static string Milestone(Governance.Domain.Plans.PlanMilestone milestone) => milestone switch
    {
        Governance.Domain.Plans.PlanMilestone.DraftSubmitted => "draft submitted",
        Governance.Domain.Plans.PlanMilestone.FinalSubmitted => "final plan submitted",
        Governance.Domain.Plans.PlanMilestone.Published => "published",
        _ => "refreshed",
    };
}
