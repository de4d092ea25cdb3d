using Governance.Domain.Plans;
using static Governance.Specifications.Plans.GivenAPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Plans;

/// <summary>A plan's text as drafted, then after each approved amendment in the order they take effect.</summary>
public class the_versions_of_a_plan
{
    private static readonly PlanSection Priorities = Drafted.Sections[0];
    private static readonly PlanSection Finance = Drafted.Sections[1];

    private static IEnumerable<(int, DateOnly, DateOnly?, string?)> Dates(IEnumerable<PlanVersion> versions) =>
        versions.Select(v => (v.Number, v.InForceFrom, v.InForceUntil, v.MadeBy?.Id));

    [Fact]
    public void a_plan_no_amendment_has_changed_is_in_force_as_drafted_from_the_day_it_was_drafted()
    {
        var version = PlanVersions.Of(With().State).ShouldHaveSingleItem();
        (version.Number, version.InForceFrom, version.InForceUntil, version.MadeBy)
            .ShouldBe((0, Day(2017, 4, 1), (DateOnly?)null, (Amendment?)null));
        version.Sections.ShouldBe([Priorities, Finance]);
    }

    [Fact]
    public void amendments_not_approved_make_no_version() =>
        Dates(PlanVersions.Of(With(Proposed("A1", Change("finance")), Proposed("A2", Change("finance")),
                Proposed("A3", Change("priorities")), Rejected("A2"), Withdrawn("A3")).State))
            .ShouldBe([(0, Day(2017, 4, 1), null, null)]);

    [Fact]
    public void each_approved_amendment_makes_a_version_in_force_from_the_day_it_takes_effect_until_the_next_one()
    {
        var plan = With(Proposed("A1", Change("finance", text: "Balanced by 2022.")), Approved("A1", Day(2017, 10, 1)),
            Proposed("A2", Change("priorities", text: "Care at home.")), Approved("A2", Day(2017, 7, 1))).State;
        var versions = PlanVersions.Of(plan);

        Dates(versions).ShouldBe([
            (0, Day(2017, 4, 1), Day(2017, 7, 1), null),
            (1, Day(2017, 7, 1), Day(2017, 10, 1), "A2"),
            (2, Day(2017, 10, 1), null, "A1"),
        ]);
        versions[1].MadeBy.ShouldBeSameAs(plan.Find("A2"));
        versions[0].Sections.ShouldBe([Priorities, Finance]);
        versions[1].Sections.ShouldBe([Priorities with { Text = "Care at home." }, Finance]);
        versions[2].Sections.ShouldBe([Priorities with { Text = "Care at home." }, Finance with { Text = "Balanced by 2022." }]);
    }

    [Fact]
    public void amendments_taking_effect_on_the_same_day_make_their_versions_in_the_order_they_were_approved()
    {
        var plan = With(Proposed("A2", Change("priorities", text: "Care at home.")),
            Proposed("A1", Change("finance", text: "Balanced by 2022.")),
            Approved("A1", Day(2017, 9, 1)), Approved("A2", Day(2017, 9, 1))).State;
        var versions = PlanVersions.Of(plan);

        Dates(versions).ShouldBe([
            (0, Day(2017, 4, 1), Day(2017, 9, 1), null),
            (1, Day(2017, 9, 1), Day(2017, 9, 1), "A1"),
            (2, Day(2017, 9, 1), null, "A2"),
        ]);
        versions[1].Sections.ShouldBe([Priorities, Finance with { Text = "Balanced by 2022." }]);
        versions[2].Sections.ShouldBe([Priorities with { Text = "Care at home." }, Finance with { Text = "Balanced by 2022." }]);
    }

    [Fact]
    public void a_change_keeps_the_heading_text_and_figures_it_does_not_give()
    {
        IReadOnlyList<FinancialFigure> figures = [new FinancialFigure("Gap", "2020/21", -10m)];
        var plan = With(
            Proposed("A1", new SectionChange("priorities", 0, "Our first priorities", null, null),
                new SectionChange("finance", 0, null, null, figures)),
            Approved("A1", Day(2017, 7, 1)),
            Proposed("A2", Change("finance", against: 1, text: "Balanced by 2022.")),
            Approved("A2", Day(2017, 8, 1))).State;
        var versions = PlanVersions.Of(plan);

        versions[1].Sections.ShouldBe([
            Priorities with { Heading = "Our first priorities" },
            Finance with { Figures = figures },
        ]);
        versions[2].Sections.ShouldBe([
            Priorities with { Heading = "Our first priorities" },
            Finance with { Text = "Balanced by 2022.", Figures = figures },
        ]);
    }

    [Fact]
    public void a_later_change_to_a_section_is_made_to_its_text_as_the_earlier_change_left_it()
    {
        var plan = With(Proposed("A1", Change("finance", text: "Balanced by 2022.")), Approved("A1", Day(2017, 7, 1)),
            Proposed("A2", new SectionChange("finance", 1, "Money", null, null)), Approved("A2", Day(2017, 8, 1))).State;
        PlanVersions.Of(plan)[^1].Sections.ShouldBe([Priorities, Finance with { Heading = "Money", Text = "Balanced by 2022." }]);
    }

    [Fact]
    public void a_rebased_amendment_makes_its_version_with_its_changes_as_rebased()
    {
        var plan = With(Proposed("A1", Change("finance", text: "Balanced by 2022.")),
            Proposed("A2", Change("finance", text: "Balanced by 2023.")),
            Approved("A1", Day(2017, 7, 1)),
            Rebased("A2", Change("finance", against: 1, text: "Balanced by 2024.")),
            Approved("A2", Day(2017, 8, 1))).State;
        PlanVersions.Of(plan).Select(v => v.Sections[1].Text).ShouldBe(["Balanced by 2021.", "Balanced by 2022.", "Balanced by 2024."]);
    }
}
