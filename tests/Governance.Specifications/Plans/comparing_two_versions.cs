using Governance.Domain.Plans;
using static Governance.Specifications.Plans.GivenAPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Plans;

/// <summary>What changed in each section between two versions of a plan: its words, and its figures side by side.</summary>
public class comparing_two_versions
{
    private static WordRun Same(string text) => new(WordChange.Same, text);
    private static WordRun Inserted(string text) => new(WordChange.Inserted, text);
    private static WordRun Deleted(string text) => new(WordChange.Deleted, text);

    /// <summary>The plan as drafted compared with the plan after one amendment making these changes.</summary>
    private static IReadOnlyList<SectionDiff> Amended(params IReadOnlyList<SectionChange> changes)
    {
        var versions = PlanVersions.Of(With(Proposed("A1", changes), Approved("A1", Day(2017, 7, 1))).State);
        return PlanDiff.Between(versions[0].Sections, versions[1].Sections);
    }

    [Fact]
    public void the_same_words_are_one_unchanged_run() =>
        PlanDiff.Words("Care closer to home.", "Care closer to home.").ShouldBe([Same("Care closer to home.")]);

    [Fact]
    public void a_replaced_word_is_deleted_then_inserted() =>
        PlanDiff.Words("Balanced by 2021.", "Balanced by 2022.")
            .ShouldBe([Same("Balanced by"), Deleted("2021."), Inserted("2022.")]);

    [Fact]
    public void words_inserted_between_unchanged_words_are_one_inserted_run() =>
        PlanDiff.Words("Care closer to home.", "Care much much closer to home.")
            .ShouldBe([Same("Care"), Inserted("much much"), Same("closer to home.")]);

    [Fact]
    public void words_deleted_between_unchanged_words_are_one_deleted_run() =>
        PlanDiff.Words("Care much much closer to home.", "Care closer to home.")
            .ShouldBe([Same("Care"), Deleted("much much"), Same("closer to home.")]);

    [Fact]
    public void words_inserted_at_the_start_come_before_the_unchanged_words() =>
        PlanDiff.Words("closer to home.", "Care closer to home.").ShouldBe([Inserted("Care"), Same("closer to home.")]);

    [Fact]
    public void words_added_at_the_end_are_inserted_after_the_unchanged_words() =>
        PlanDiff.Words("Care closer", "Care closer to home.").ShouldBe([Same("Care closer"), Inserted("to home.")]);

    [Fact]
    public void words_cut_from_the_end_are_deleted_after_the_unchanged_words() =>
        PlanDiff.Words("Care closer to home.", "Care closer").ShouldBe([Same("Care closer"), Deleted("to home.")]);

    [Fact]
    public void where_words_moved_a_longest_run_in_common_is_kept_and_words_are_deleted_before_they_are_inserted() =>
        PlanDiff.Words("a b c d", "c d a b x").ShouldBe([Deleted("a b"), Same("c d"), Inserted("a b x")]);

    [Fact]
    public void a_text_written_afresh_is_all_deleted_then_all_inserted() =>
        PlanDiff.Words("Balanced by 2021.", "Deficit until 2023.")
            .ShouldBe([Deleted("Balanced by 2021."), Inserted("Deficit until 2023.")]);

    [Fact]
    public void text_given_where_there_was_none_is_all_inserted_and_text_cut_to_nothing_is_all_deleted()
    {
        PlanDiff.Words("", "New text.").ShouldBe([Inserted("New text.")]);
        PlanDiff.Words("Old text.", "").ShouldBe([Deleted("Old text.")]);
        PlanDiff.Words("", "").ShouldBeEmpty();
    }

    [Fact]
    public void only_words_count_not_the_spaces_between_them() =>
        PlanDiff.Words("Care  closer to home. ", " Care closer  to home.").ShouldBe([Same("Care closer to home.")]);

    [Fact]
    public void sections_no_change_touched_are_unchanged_with_their_words_and_figures_as_they_were()
    {
        var diff = PlanDiff.Between(Drafted.Sections, Drafted.Sections);

        diff.Select(s => (s.Key, s.Heading, s.Change)).ShouldBe([
            ("priorities", "Our priorities", SectionChangeKind.Unchanged),
            ("finance", "Finance", SectionChangeKind.Unchanged),
        ]);
        diff[0].Words.ShouldBe([Same("Care closer to home.")]);
        diff[0].Figures.ShouldBeEmpty();
        diff[1].Words.ShouldBe([Same("Balanced by 2021.")]);
        diff[1].Figures.ShouldBe([new FigureDiff("Gap", "2020/21", -12.5m, -12.5m)]);
        diff[1].Figures[0].Difference.ShouldBe(0m);
    }

    [Fact]
    public void a_section_whose_words_changed_is_changed_and_the_others_are_not()
    {
        var diff = Amended(Change("priorities", text: "Care much closer to home."));

        diff.Select(s => (s.Key, s.Change)).ShouldBe([
            ("priorities", SectionChangeKind.Changed),
            ("finance", SectionChangeKind.Unchanged),
        ]);
        diff[0].Words.ShouldBe([Same("Care"), Inserted("much"), Same("closer to home.")]);
    }

    [Fact]
    public void a_section_given_only_a_new_heading_is_changed_under_its_new_heading()
    {
        var diff = Amended(new SectionChange("priorities", 0, "Our first priorities", null, null));

        diff[0].ShouldSatisfyAllConditions(
            s => (s.Key, s.Heading, s.Change).ShouldBe(("priorities", "Our first priorities", SectionChangeKind.Changed)),
            s => s.Words.ShouldBe([Same("Care closer to home.")]));
    }

    [Fact]
    public void a_section_given_only_new_figures_is_changed_and_shows_each_figure_before_and_after()
    {
        var diff = Amended(new SectionChange("finance", 0, null, null, [new FinancialFigure("Gap", "2020/21", -10m)]));

        diff[1].Change.ShouldBe(SectionChangeKind.Changed);
        diff[1].Words.ShouldBe([Same("Balanced by 2021.")]);
        diff[1].Figures.ShouldBe([new FigureDiff("Gap", "2020/21", -12.5m, -10m)]);
        diff[1].Figures[0].Difference.ShouldBe(2.5m);
    }

    [Fact]
    public void a_figure_added_has_nothing_before_it_and_no_difference()
    {
        var diff = Amended(new SectionChange("finance", 0, null, null, [
            new FinancialFigure("Gap", "2020/21", -12.5m), new FinancialFigure("Gap", "2021/22", -5m),
        ]));

        diff[1].Change.ShouldBe(SectionChangeKind.Changed);
        diff[1].Figures.ShouldBe([
            new FigureDiff("Gap", "2020/21", -12.5m, -12.5m),
            new FigureDiff("Gap", "2021/22", null, -5m),
        ]);
        diff[1].Figures.Select(f => f.Difference).ShouldBe([0m, null]);
    }

    [Fact]
    public void a_figure_removed_has_nothing_after_it_and_no_difference()
    {
        var diff = Amended(new SectionChange("finance", 0, null, null, []));

        diff[1].Change.ShouldBe(SectionChangeKind.Changed);
        diff[1].Figures.ShouldBe([new FigureDiff("Gap", "2020/21", -12.5m, null)]);
        diff[1].Figures[0].Difference.ShouldBeNull();
    }

    [Fact]
    public void figures_are_matched_by_label_and_year_those_before_first_then_those_new()
    {
        var diff = PlanDiff.Between(
            [new PlanSection("finance", "Finance", "Figures.", [
                new FinancialFigure("Gap", "2020/21", -12.5m), new FinancialFigure("Surplus", "2020/21", 1m),
            ])],
            [new PlanSection("finance", "Finance", "Figures.", [
                new FinancialFigure("Surplus", "2021/22", 2m), new FinancialFigure("Surplus", "2020/21", 1.5m),
                new FinancialFigure("Gap", "2020/21", -12.5m),
            ])]);

        diff.ShouldHaveSingleItem().Figures.ShouldBe([
            new FigureDiff("Gap", "2020/21", -12.5m, -12.5m),
            new FigureDiff("Surplus", "2020/21", 1m, 1.5m),
            new FigureDiff("Surplus", "2021/22", null, 2m),
        ]);
    }

    [Fact]
    public void sections_are_compared_in_the_order_of_the_later_version_matched_by_key() =>
        PlanDiff.Between(Drafted.Sections, [Drafted.Sections[1], Drafted.Sections[0]])
            .Select(s => (s.Key, s.Change))
            .ShouldBe([("finance", SectionChangeKind.Unchanged), ("priorities", SectionChangeKind.Unchanged)]);
}
