using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Boards.GivenAnAgenda;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>Items put on the agenda of the meeting of 1 June 2017: numbered, in its public or private part, and
/// taken up from the forward plan where one is named.</summary>
public class adding_agenda_items
{
    private static Decision<AgendaItemAdded> Add(Meeting meeting, string number, bool isPrivate = false, string? planned = null,
        bool standing = false, IReadOnlyList<string>? concerns = null) =>
        AgendaRules.AddItem(meeting, number, "Stroke reconfiguration", isPrivate, "Director of Strategy", ItemPurpose.Decision,
            planned, standing, concerns ?? [], Minutes);

    private static AgendaItemAdded Added(string number, bool isPrivate = false) => new(number, "Stroke reconfiguration", isPrivate,
        "Director of Strategy", ItemPurpose.Decision, null, new List<string>(), MeetingDay, Minutes);

    private static Given<Meeting> Private() => new(Meeting() with { Public = false });

    [Fact]
    public void an_item_is_added_on_the_meeting_day_in_the_secretarys_words_trimmed_with_each_organisation_it_concerns_once() =>
        With().When(meeting => AgendaRules.AddItem(meeting, " 3 ", " Stroke reconfiguration ", false, " Director of Strategy ",
                ItemPurpose.Decision, "fp-1", true, [$" {Trust} ", " ", Trust, "NHS Leeds CCG"], Minutes))
            .Then(new AgendaItemAdded("3", "Stroke reconfiguration", false, "Director of Strategy", ItemPurpose.Decision, "fp-1",
                new List<string> { Trust, "NHS Leeds CCG" }, MeetingDay, Minutes));

    [Theory]
    [InlineData("1")]
    [InlineData("2.1")]
    [InlineData("10.2.3")]
    [InlineData("999.999.999")]
    public void items_are_numbered_1_2_2_1_and_so_on(string number) =>
        With().When(meeting => Add(meeting, number)).Then(Added(number));

    [Theory]
    [InlineData("")]
    [InlineData("3a")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.2.3.4")]
    [InlineData("1000")]
    [InlineData("\u0663")]
    public void anything_else_is_not_an_agenda_item_number(string number) =>
        With().When(meeting => Add(meeting, number))
            .ThenRefused($"'{number}' is not an agenda item number. Number items 1, 2, 2.1 and so on.");

    [Fact]
    public void an_item_number_is_used_once_on_an_agenda() =>
        With(Stroke).When(meeting => Add(meeting, " 3 ")).ThenRefused("Item 3 is already on the agenda of this meeting.");

    [Fact]
    public void a_public_meeting_has_a_private_part() =>
        With().When(meeting => Add(meeting, "3", isPrivate: true)).Then(Added("3", isPrivate: true));

    [Fact]
    public void a_private_meeting_takes_private_items() =>
        Private().When(meeting => Add(meeting, "3", isPrivate: true)).Then(Added("3", isPrivate: true));

    [Fact]
    public void a_private_meeting_has_no_public_part() =>
        Private().When(meeting => Add(meeting, "3")).ThenRefused("A private meeting has no public part: every item of it is private.");

    [Fact]
    public void an_item_takes_up_a_forward_plan_item_only_when_it_stands() =>
        With().When(meeting => Add(meeting, "3", planned: "fp-9", standing: false))
            .ThenRefused("The body's forward plan has no item fp-9 standing.");

    [Fact]
    public void an_agenda_is_settled_before_the_meeting_records_resolutions() =>
        With(AllPresent, Recorded(CarriedByAll)).When(meeting => Add(meeting, "3"))
            .ThenRefused("The meeting has recorded resolutions; its agenda was settled before it.");
}
