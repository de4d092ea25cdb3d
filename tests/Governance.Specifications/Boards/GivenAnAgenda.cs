using Governance.Domain.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>
/// The agenda of the meeting <see cref="GivenAMeeting"/> describes: item 3, the stroke reconfiguration, taken up from
/// forward plan item fp-1 and concerning Leeds Teaching Hospitals, with its papers tabled and re-issued in the week before.
/// </summary>
public static class GivenAnAgenda
{
    public const string Trust = "Leeds Teaching Hospitals";

    public static AgendaItemAdded Item(string number, string title, string? planned = null, bool isPrivate = false,
        params IReadOnlyList<string> concerns) =>
        new(number, title, isPrivate, "Director of Strategy", ItemPurpose.Decision, planned, concerns, GivenAMeeting.MeetingDay, Minutes);

    public static readonly AgendaItemAdded Stroke = Item("3", "Stroke reconfiguration", "fp-1", concerns: [Trust]);

    public static PaperVersion Version(string paperId, int version, string title, string sha256, DateOnly on) =>
        new(paperId, version, title, sha256, "application/pdf", 1024, $"{paperId}.pdf", on);

    public static PaperTabled Tabled(PaperVersion paper, string item = "3") => new(item, paper, EffectiveDate.OnDay(paper.TabledOn), Minutes);

    public static readonly PaperVersion Options = Version("options", 1, "Options appraisal", "sha-1", Day(2017, 5, 25));

    public static readonly PaperVersion OptionsRevised = Version("options", 2, "Options appraisal (revised)", "sha-2", Day(2017, 5, 30));

    public static readonly PaperVersion Finance = Version("finance", 1, "Financial case", "sha-f", Day(2017, 5, 25));
}
