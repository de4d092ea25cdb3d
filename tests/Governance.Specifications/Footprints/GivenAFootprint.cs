using Governance.Domain.Footprints;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Footprints;

/// <summary>Footprint "footprint-1", Healthier Together (E54000001), established as an STP footprint on 15 March 2016;
/// its events recorded one a day from 1 January 2024, in the order given.</summary>
public static class GivenAFootprint
{
    public const string Id = "footprint-1";

    public static readonly DateTimeOffset FirstRecordedAt = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly FootprintEstablished Established = new("E54000001", "Healthier Together", null,
        FootprintStage.SustainabilityAndTransformationPlan, [], On(2016, 3, 15), Minutes);

    /// <summary>The footprint as its establishment alone makes it.</summary>
    public static readonly Footprint AsEstablished = new(Id, "E54000001", "Healthier Together", null,
        FootprintStage.SustainabilityAndTransformationPlan, Lead: null, LeadRole: null, DesignatedAs: null, Wave: null,
        Day(2016, 3, 15), EndedOn: null, Successor: null);

    public static Given<FootprintTimeline> With(params IFootprintEvent[] later) => new(Timeline([Established, .. later]));

    public static FootprintTimeline Timeline(params IFootprintEvent[] events) =>
        events.Select((e, i) => new RecordedFootprintEvent(e, i + 1, FirstRecordedAt.AddDays(i)))
            .Aggregate(FootprintTimeline.Empty(Id), (timeline, recorded) => timeline.Record(recorded));

    public static FootprintsMerged MergedInto(string successor, DateOnly on) => new(["footprint-2"], successor, EffectiveDate.OnDay(on), Minutes);
}
