using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint event in words, for the timeline.</summary>
public static class TimelineWords
{
    public static string Describe(IFootprintEvent e) => e switch
    {
        FootprintEstablished x when x.FormedFrom.Count > 0 => $"Formed as {x.Name} ({x.Code}) by the merger of {string.Join(", ", x.FormedFrom)}",
        FootprintEstablished x => $"Footprint published: {x.Name} ({x.Code})",
        LeadAppointed x => x.Role is null ? $"{x.Lead} named lead" : $"{x.Lead} named lead ({x.Role})",
        PartnershipFormed => "Became a partnership with its own board",
        IntegratedCareSystemDesignated x => $"Designated: {x.DesignatedAs}, wave of {x.Wave}",
        FootprintCodeReissued x => $"ONS code reissued: {x.PreviousCode} became {x.Code}",
        FootprintAssignedToRegion x => $"In NHS England region {x.Region}",
        FootprintRenamed x => $"Renamed {x.Name}",
        FootprintsMerged x => $"Merged with {string.Join(", ", x.MergedWith)} into {x.Successor}",
        AreaTransferred x => $"Area transferred from {x.FromFootprint} to {x.ToFootprint}: {x.Area}",
        IntegratedCareBoardEstablished x => $"Statutory integrated care board: {x.Name} ({x.Code})",
        FootprintMilestoneNoted x => x.Detail,
        LeadershipChangeReported x => $"{x.Person}, {x.Role}: {x.InSourceWords} (as a source reports it)",
        ArrangementReported x => $"Governance ({Words(x.Kind)}): {x.What} (as a source reports it)",
        _ => e.GetType().Name,
    };

    public static string Words(ReportedArrangementKind kind) => kind switch
    {
        ReportedArrangementKind.MemorandumOfUnderstanding => "memorandum of understanding",
        ReportedArrangementKind.JointCommittee => "joint committee",
        ReportedArrangementKind.PartnershipBoard => "partnership board",
        ReportedArrangementKind.IndependentChair => "independent chair",
        ReportedArrangementKind.Review => "review",
        _ => "other",
    };
}
