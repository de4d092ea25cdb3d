using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Boards.GivenAnAgenda;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>A resolution keeps the versions of its item's papers the body decided on, and the meeting tells which were
/// re-issued since.</summary>
public class the_papers_a_resolution_was_decided_on
{
    private static readonly ResolutionDraft OnStroke = CarriedByAll with
    {
        Item = "Stroke reconfiguration", Text = "The board consults on option B.",
    };

    private static readonly IMeetingEvent[] Papered = [Stroke, Tabled(Options), Tabled(Finance), Tabled(OptionsRevised), AllPresent];

    private static readonly PaperVersion OptionsFinal = Version("options", 3, "Options appraisal (final)", "sha-3", Day(2017, 6, 5));

    private static Decision<ResolutionRecorded> Record(Meeting meeting, ResolutionDraft draft) =>
        MeetingRules.RecordResolution(Body, meeting, draft, numberUsedAt: null, rescinds: null, Minutes);

    private static ResolutionRecorded DecidedOn(ResolutionDraft draft, params IReadOnlyList<PaperVersion> papers) =>
        Recorded(draft) with { Papers = papers.Select(p => new DecidedOnPaper(p.PaperId, p.Version, p.Sha256)).ToList() };

    [Fact]
    public void a_resolution_keeps_the_current_version_of_each_paper_of_the_item_it_names() =>
        With(Papered).When(meeting => Record(meeting, OnStroke)).Then(DecidedOn(OnStroke, OptionsRevised, Finance));

    [Theory]
    [InlineData("3")]
    [InlineData(" STROKE RECONFIGURATION ")]
    public void an_item_is_named_by_its_number_or_its_title_in_any_case(string item) =>
        With(Papered).When(meeting => Record(meeting, OnStroke with { Item = item }))
            .Then(DecidedOn(OnStroke with { Item = item.Trim() }, OptionsRevised, Finance));

    [Fact]
    public void a_resolution_on_an_item_without_papers_was_decided_on_none() =>
        With(Stroke, AllPresent).When(meeting => Record(meeting, OnStroke)).Then(DecidedOn(OnStroke));

    [Fact]
    public void a_resolution_on_an_item_not_on_the_agenda_keeps_no_papers() =>
        With(Papered).When(meeting => Record(meeting, CarriedByAll)).Then(Recorded(CarriedByAll) with { Papers = null });

    [Fact]
    public void a_paper_re_issued_after_the_decision_is_shown_with_the_version_decided_on_and_the_version_now_current()
    {
        var meeting = Meeting([.. Papered, DecidedOn(OnStroke, OptionsRevised, Finance), Tabled(OptionsFinal)]);
        meeting.PapersChangedSince(meeting.Find("2017/1")!)
            .ShouldBe([new PaperChanged("options", 2, "sha-2", 3, "sha-3", Day(2017, 6, 5))]);
    }

    [Fact]
    public void papers_not_re_issued_since_the_decision_have_not_changed()
    {
        var meeting = Meeting([.. Papered, DecidedOn(OnStroke, OptionsRevised, Finance)]);
        meeting.PapersChangedSince(meeting.Find("2017/1")!).ShouldBeEmpty();
    }

    [Fact]
    public void a_resolution_recorded_without_its_papers_has_none_changed()
    {
        var meeting = Meeting([.. Papered, Recorded(OnStroke), Tabled(OptionsFinal)]);
        meeting.PapersChangedSince(meeting.Find("2017/1")!).ShouldBeEmpty();
    }

    [Fact]
    public void papers_decided_on_under_an_item_the_agenda_does_not_name_are_not_followed()
    {
        var meeting = Meeting([.. Papered, DecidedOn(OnStroke with { Item = "Withdrawn item" }, OptionsRevised), Tabled(OptionsFinal)]);
        meeting.PapersChangedSince(meeting.Find("2017/1")!).ShouldBeEmpty();
    }

    [Fact]
    public void an_item_is_added_to_the_agenda_without_papers_and_keeps_every_version_tabled_for_it_in_order()
    {
        var meeting = Meeting(Item("2", "Apologies"), Stroke, Tabled(Options), Tabled(Finance), Tabled(OptionsRevised));
        meeting.Agenda.Select(i => (i.Number, i.Title, i.Private, i.Lead, i.Purpose, i.ForwardPlanItemId))
            .ShouldBe([("2", "Apologies", false, "Director of Strategy", ItemPurpose.Decision, (string?)null),
                ("3", "Stroke reconfiguration", false, "Director of Strategy", ItemPurpose.Decision, "fp-1")]);
        meeting.Agenda[0].Papers.ShouldBeEmpty();
        meeting.Agenda[1].Concerns.ShouldBe([Trust]);
        meeting.Agenda[1].Papers.ShouldBe([Options, Finance, OptionsRevised]);
    }

    [Fact]
    public void the_current_papers_of_an_item_are_the_latest_version_of_each() =>
        Meeting(Stroke, Tabled(Options), Tabled(Finance), Tabled(OptionsRevised)).Agenda.Single().CurrentPapers()
            .ShouldBe([OptionsRevised, Finance]);

    [Fact]
    public void a_paper_tabled_for_an_item_not_on_the_agenda_changes_nothing() =>
        Meeting(Stroke, Tabled(Options, item: "9")).Agenda.Single().Papers.ShouldBeEmpty();

    [Fact]
    public void an_item_is_named_by_its_number_or_title_and_nothing_else()
    {
        var meeting = Meeting(Item("2", "Apologies"), Stroke);
        (meeting.ItemNamed(" 3 ")?.Number, meeting.ItemNamed("stroke RECONFIGURATION")?.Number, meeting.ItemNamed("Stroke"))
            .ShouldBe(("3", "3", (AgendaItem?)null));
    }
}
