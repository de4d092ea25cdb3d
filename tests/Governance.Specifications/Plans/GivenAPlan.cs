using Governance.Domain.Plans;

namespace Governance.Specifications.Plans;

/// <summary>A plan drafted on 1 April 2017 with a priorities section and a finance section.</summary>
public static class GivenAPlan
{
    public static readonly PlanDrafted Drafted = new("QWE", "Healthier Together", [
        new PlanSection("priorities", "Our priorities", "Care closer to home.", []),
        new PlanSection("finance", "Finance", "Balanced by 2021.", [new FinancialFigure("Gap", "2020/21", -12.5m)]),
    ], Illustrative: false, Papers.On(2017, 4, 1), Papers.Minutes);

    public static readonly ApprovingDecision BoardResolution = new("board-1", "2017/12");

    public static Given<Plan> With(params IPlanEvent[] later) =>
        new(History.Fold<Plan, PlanDrafted, IPlanEvent>(Drafted, later));

    public static SectionChange Change(string section, int against = 0, string? text = "New text.") =>
        new(section, against, Heading: null, text, Figures: null);

    public static AmendmentProposed Proposed(string id, params IReadOnlyList<SectionChange> changes) =>
        new(id, changes, "Because.", Papers.On(2017, 5, 1), Papers.Minutes);

    public static AmendmentApproved Approved(string id, DateOnly from) =>
        new(id, BoardResolution, from, Papers.On(2017, 6, 1), Papers.Minutes);

    public static AmendmentRebased Rebased(string id, params IReadOnlyList<SectionChange> changes) =>
        new(id, changes, "Rebased.", Papers.On(2017, 7, 2), Papers.Minutes);

    public static AmendmentRejected Rejected(string id) => new(id, "Not affordable.", Papers.On(2017, 6, 1), Papers.Minutes);

    public static AmendmentWithdrawn Withdrawn(string id) => new(id, "Overtaken.", Papers.On(2017, 6, 1), Papers.Minutes);
}
