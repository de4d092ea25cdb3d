using Governance.Domain.Assessments;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Assessments;

/// <summary>
/// Two national assessments of the footprints: a first dashboard published on 21 July 2017 and a second on 1 March 2018,
/// each rating footprints QWE and RTY. The dashboards, their methods, counts and ratings are invented.
/// </summary>
public static class GivenAnAssessment
{
    public const string Title = "Footprint progress dashboard";

    public const string Publisher = "NHS England";

    public static readonly Provenance Dashboard = Minutes with { Source = new SourceDocument("Footprint progress dashboard, board paper") };

    public static readonly AssessmentDomain Leadership = new("1", "Leadership", "Working together");

    public static readonly AssessmentDomain Emergency = new("2", "Emergency care", "Improving care");

    public static readonly AssessmentPublished Published = new(Title, Publisher,
        ["Basis: each footprint's own submission", "Scale: four bands"], [Leadership, Emergency],
        new Dictionary<string, int> { ["outstanding"] = 5, ["advanced"] = 15, ["making progress"] = 16, ["needs most improvement"] = 8 },
        On(2017, 7, 21), Dashboard);

    public static readonly AssessmentPublished SecondPublished = Published with
    {
        Title = "Footprint progress dashboard (second)", Effective = On(2018, 3, 1),
    };

    public static EffectiveDate OnThe(DateOnly day) => EffectiveDate.OnDay(day);

    public static Given<Assessment> With(params IAssessmentEvent[] later) => Of(Published, later);

    public static Given<Assessment> Of(AssessmentPublished published, params IAssessmentEvent[] later) =>
        new(History.Fold<Assessment, AssessmentPublished, IAssessmentEvent>(published, later));

    public static FootprintRated Rated(string footprintId, Rating rating, DateOnly? on = null, string? stated = null) =>
        new(footprintId, $"{footprintId} footprint", rating, stated ?? rating.ToString(), "high", new List<string> { "regional briefing" },
            "Both sources agree.", OnThe(on ?? Day(2017, 7, 21)), Dashboard);

    /// <summary>The first dashboard: QWE advanced, RTY making progress.</summary>
    public static Assessment First => With(Rated("QWE", Rating.Advanced), Rated("RTY", Rating.MakingProgress)).State;

    /// <summary>The second dashboard: QWE outstanding, RTY needs most improvement.</summary>
    public static Assessment Second =>
        Of(SecondPublished, Rated("QWE", Rating.Outstanding, Day(2018, 3, 1)), Rated("RTY", Rating.NeedsMostImprovement, Day(2018, 3, 1)))
            .State;
}
