using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>The action log of the body <see cref="GivenABody"/> describes: action A1, raised at the meeting of 1 June
/// 2017 on resolution 2017/2, for the Director of Strategy to circulate the options appraisal by 1 July.</summary>
public static class GivenAnActionLog
{
    public const string BodyId = GivenABody.Id;

    public static readonly ActionRaised Raised = new("A1", BodyId, "Circulate the stroke options appraisal to partners",
        "Director of Strategy", Day(2017, 7, 1), "meeting-6", "resolution 2017/2", On(2017, 6, 1), Minutes);

    public static readonly ActionRaised Another = new("A2", BodyId, "Report on winter pressures", "Chief Operating Officer",
        Day(2017, 9, 1), "meeting-6", "item 5", On(2017, 6, 1), Minutes);

    public static ActionProgressed Progressed(string note, DateOnly on, DateOnly? dueOn = null, string actionId = "A1") =>
        new(actionId, note, dueOn, EffectiveDate.OnDay(on), Minutes);

    public static ActionClosed Closed(DateOnly on, string actionId = "A1") =>
        new(actionId, "Circulated on the day.", EffectiveDate.OnDay(on), Minutes);

    public static ActionLog Log(params IActionEvent[] later) => History.Fold<ActionLog, ActionRaised, IActionEvent>(Raised, later);

    public static Given<ActionLog> With(params IActionEvent[] later) => new(Log(later));

    public static Given<ActionLog?> NoneYet => new(null);
}
