using Governance.Domain.Engagement;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Engagement;

/// <summary>
/// A public meeting held in footprint QWE on 15 September 2016, before the Riverside change was proposed: 140 residents
/// of Riverside, on the options leaflet, about plan-1 and proposal-1. What came of it is recorded against plan-1, whose
/// amendments are A1 and A2. The meeting, the people and the papers are invented.
/// </summary>
public static class GivenAnEngagement
{
    public const string Title = "Town hall on community beds";

    public const string Residents = "Residents of Riverside";

    public const string Heard = "Keep some beds close to home.";

    public static readonly SourceDocument Leaflet = new("Riverside options leaflet");

    public static readonly EngagementHeld Held = new("QWE", EngagementKind.PublicMeeting, Title, Residents, 140, [Leaflet], Heard,
        "plan-1", "proposal-1", On(2016, 9, 15), Minutes);

    /// <summary>The amendments plan-1 holds.</summary>
    public static readonly IReadOnlySet<string> AmendmentsOfThePlan = new HashSet<string> { "A1", "A2" };

    public static Given<EngagementActivity> With(params IEngagementEvent[] later) => Of(Held, later);

    public static Given<EngagementActivity> Of(EngagementHeld held, params IEngagementEvent[] later) =>
        new(History.Fold<EngagementActivity, EngagementHeld, IEngagementEvent>(held, later));

    /// <summary>The footprint people are engaged in, before there is any record of it.</summary>
    public static Given<string> InTheFootprint => new("QWE");

    public const string Said = Heard;

    public const string Did = "Option 2 keeps ward 4 open with a home team.";

    /// <summary>"You said, we did", recorded on the day given, against plan-1 and the amendments named.</summary>
    public static EngagementActedOn ActedOn(DateOnly on, params string[] amendments) =>
        new(Said, Did, "plan-1", amendments, EffectiveDate.OnDay(on), Minutes);
}
