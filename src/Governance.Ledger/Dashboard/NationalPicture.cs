using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>How many footprints stood at each stage on a date.</summary>
public sealed record StageCount(DateOnly Date, int Plans, int Partnerships, int IntegratedCareSystems, int IntegratedCareBoards)
{
    public int Total => Plans + Partnerships + IntegratedCareSystems + IntegratedCareBoards;
}

/// <summary>The national picture on a date, from every footprint's timeline.</summary>
public static class NationalPicture
{
    public static readonly DateOnly Start = new(2016, 3, 1);

    public static IReadOnlyList<Footprint> On(IEnumerable<FootprintTimeline> timelines, DateOnly date) => timelines
        .Select(t => t.AsAt(date))
        .OfType<Footprint>()
        .Where(f => f.ExistsOn(date))
        .OrderBy(f => f.Code, StringComparer.Ordinal)
        .ToList();

    public static StageCount CountOn(IEnumerable<Footprint> footprints, DateOnly date)
    {
        var stages = footprints.GroupBy(f => f.Stage).ToDictionary(g => g.Key, g => g.Count());
        return new StageCount(date, stages.GetValueOrDefault(FootprintStage.SustainabilityAndTransformationPlan),
            stages.GetValueOrDefault(FootprintStage.Partnership), stages.GetValueOrDefault(FootprintStage.IntegratedCareSystem),
            stages.GetValueOrDefault(FootprintStage.IntegratedCareBoard));
    }

    /// <summary>The counts on the first of every month from March 2016 to <paramref name="until"/>.</summary>
    public static IReadOnlyList<StageCount> Monthly(IReadOnlyList<FootprintTimeline> timelines, DateOnly until)
    {
        var counts = new List<StageCount>();
        for (var month = Start; month <= until; month = month.AddMonths(1))
            counts.Add(CountOn(On(timelines, month), month));
        return counts;
    }

    public static string Describe(FootprintStage stage) => stage switch
    {
        FootprintStage.SustainabilityAndTransformationPlan => "Sustainability and transformation plan",
        FootprintStage.Partnership => "Partnership",
        FootprintStage.IntegratedCareSystem => "Integrated care system",
        _ => "Integrated care board",
    };
}
