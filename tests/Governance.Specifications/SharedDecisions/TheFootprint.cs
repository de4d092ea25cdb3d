namespace Governance.Specifications.SharedDecisions;

/// <summary>Footprint QWE and three of its partners: a trust, a CCG and a council.</summary>
public static class TheFootprint
{
    public const string Id = "QWE", Trust = "RXA", Ccg = "05A", Council = "E08";

    /// <summary>The footprint's partners on a date, as the partner list would give them.</summary>
    public static IReadOnlySet<string> PartnersOnTheDay(params string[] organisations) => new HashSet<string>(organisations);

    public static readonly IReadOnlySet<string> AllThree = PartnersOnTheDay(Trust, Ccg, Council);
}
