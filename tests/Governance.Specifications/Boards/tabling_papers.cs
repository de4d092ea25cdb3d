using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Boards.GivenAnAgenda;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>Papers tabled for item 3, and re-issued as new versions of the same paper.</summary>
public class tabling_papers
{
    private static Decision<PaperTabled> Table(Meeting meeting, string paperId, string sha256, DateOnly on, string item = "3",
        string title = "Options appraisal") =>
        AgendaRules.Table(meeting, item, paperId, title, sha256, "application/pdf", 1024, $"{paperId}.pdf", on, Minutes);

    [Fact]
    public void a_paper_is_tabled_for_an_item_as_its_first_version_on_the_day_it_is_tabled() =>
        With(Stroke).When(meeting => Table(meeting, "options", "sha-1", Day(2017, 5, 25), title: " Options appraisal "))
            .Then(Tabled(Options));

    [Fact]
    public void a_re_issued_paper_is_the_next_version_of_the_same_paper() =>
        With(Stroke, Tabled(Options), Tabled(OptionsRevised))
            .When(meeting => Table(meeting, "options", "sha-3", Day(2017, 5, 31), title: "Options appraisal (final)"))
            .Then(Tabled(Version("options", 3, "Options appraisal (final)", "sha-3", Day(2017, 5, 31))));

    [Fact]
    public void each_paper_of_an_item_counts_its_own_versions() =>
        With(Stroke, Tabled(Options), Tabled(OptionsRevised))
            .When(meeting => Table(meeting, "finance", "sha-f", Day(2017, 5, 25), title: "Financial case"))
            .Then(Tabled(Finance));

    [Fact]
    public void a_re_issued_paper_differs_from_the_version_before() =>
        With(Stroke, Tabled(Options), Tabled(OptionsRevised)).When(meeting => Table(meeting, "options", "sha-2", Day(2017, 5, 31)))
            .ThenRefused("This is version 2 of 'Options appraisal (revised)' again; a re-issued paper differs from the last.");

    [Fact]
    public void a_paper_may_go_back_to_the_content_of_an_earlier_version_as_a_new_one() =>
        With(Stroke, Tabled(Options), Tabled(OptionsRevised)).When(meeting => Table(meeting, "options", "sha-1", Day(2017, 5, 31)))
            .Then(Tabled(Version("options", 3, "Options appraisal", "sha-1", Day(2017, 5, 31))));

    [Fact]
    public void a_re_issue_may_come_on_the_day_of_the_version_before() =>
        With(Stroke, Tabled(Options)).When(meeting => Table(meeting, "options", "sha-2", Day(2017, 5, 25)))
            .Then(Tabled(Version("options", 2, "Options appraisal", "sha-2", Day(2017, 5, 25))));

    [Fact]
    public void a_re_issue_does_not_come_before_the_version_it_replaces() =>
        With(Stroke, Tabled(Options)).When(meeting => Table(meeting, "options", "sha-2", Day(2017, 5, 24)))
            .ThenRefused("Version 1 of 'Options appraisal' was tabled on 2017-05-25; a re-issue comes after it.");

    [Fact]
    public void a_paper_is_tabled_for_an_item_on_the_agenda() =>
        With(Stroke).When(meeting => Table(meeting, "options", "sha-1", Day(2017, 5, 25), item: "9"))
            .ThenRefused("This meeting has no agenda item 9.");
}
