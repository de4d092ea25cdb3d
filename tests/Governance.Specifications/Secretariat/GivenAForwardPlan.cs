using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// The forward plan of the body <see cref="GivenABody"/> describes: the stroke reconfiguration (fp-1), published on
/// 1 May 2017 for decision in public by 30 September after a public consultation; and the sale of the Seacroft site
/// (fp-2), published on 15 June 2017 for decision in private by the end of the year.
/// </summary>
public static class GivenAForwardPlan
{
    public const string BodyId = GivenABody.Id;

    public const string Consultation = "Public consultation, June to August 2017";

    public const string CommerciallySensitive = "Commercially sensitive: the sale is under negotiation.";

    public static readonly ForwardPlanItemPublished Stroke = new("fp-1", BodyId, "Reconfigure hyperacute stroke services",
        Day(2017, 9, 30), Private: false, null, Consultation, On(2017, 5, 1), Minutes);

    public static readonly ForwardPlanItemPublished Seacroft = new("fp-2", BodyId, "Sell the Seacroft site", Day(2017, 12, 31),
        Private: true, CommerciallySensitive, null, On(2017, 6, 15), Minutes);

    public const string WithdrawReason = "The stroke review was paused by NHS England.";

    public static ForwardPlanItemWithdrawn Withdrawn(string itemId, DateOnly on) => new(itemId, WithdrawReason, EffectiveDate.OnDay(on), Minutes);

    public static ForwardPlan Plan(params IForwardPlanEvent[] later) =>
        History.Fold<ForwardPlan, ForwardPlanItemPublished, IForwardPlanEvent>(Stroke, later);

    public static Given<ForwardPlan> With(params IForwardPlanEvent[] later) => new(Plan(later));

    public static Given<ForwardPlan?> NoneYet => new(null);
}
