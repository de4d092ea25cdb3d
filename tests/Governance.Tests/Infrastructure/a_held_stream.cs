using Governance.Domain.Boards;
using Governance.Domain.Common;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Http;
using Governance.Ledger.Infrastructure.Reading;
using JasperFx.Events;
using Shouldly;

namespace Governance.Tests.Infrastructure;

/// <summary>A stream held in memory counts, on every clock, exactly the events the as-at rule counts of it.</summary>
public sealed class a_held_stream
{
    private static readonly Provenance Minutes = new("secretary", null, new SourceDocument("minutes"));
    private static readonly DateOnly Day = new(2019, 3, 14);
    private static readonly DateTimeOffset Recorded = new(2019, 3, 20, 9, 0, 0, TimeSpan.Zero);

    private static IEvent Logged(object fact, long sequence, DateTimeOffset recordedAt) =>
        new Event<object>(fact) { Sequence = sequence, Version = sequence, Timestamp = recordedAt, StreamKey = "meeting" };

    private static IEvent Resolution(string number, long sequence, DateTimeOffset recordedAt, DateOnly? on = null) =>
        Logged(new ResolutionRecorded(number, "Item", "Text", "Reasons", new Votes(["v1"], [], []), [], ResolutionOutcome.Passed,
            null, EffectiveDate.OnDay(on ?? Day), Minutes), sequence, recordedAt);

    private static readonly IReadOnlyList<IEvent> OneDay =
    [
        Logged(new MeetingScheduled("board", true, null, EffectiveDate.OnDay(Day), Minutes), 10, Recorded),
        Resolution("2019/1", 11, Recorded.AddMinutes(1)),
        Resolution("2019/2", 12, Recorded.AddDays(3)),
    ];

    private static readonly IReadOnlyList<IEvent> Spread = [.. OneDay, Resolution("2019/3", 13, Recorded.AddDays(4), Day.AddMonths(1))];

    private static readonly IReadOnlyList<IEvent> Corrected =
    [
        .. OneDay,
        Logged(new MeetingDateCorrected(Day, Day.AddDays(-7), "The minutes gave the wrong day", EffectiveDate.OnDay(Day), Minutes), 13,
            Recorded.AddDays(5)),
    ];

    public static TheoryData<string, DateOnly, DateTimeOffset?, long?> Clocks()
    {
        var data = new TheoryData<string, DateOnly, DateTimeOffset?, long?>();
        DateOnly[] dates = [Day.AddDays(-8), Day.AddDays(-7), Day.AddDays(-1), Day, Day.AddMonths(1).AddDays(-1), Day.AddMonths(1), Day.AddYears(3)];
        DateTimeOffset?[] moments = [null, Recorded.AddSeconds(-1), Recorded, Recorded.AddMinutes(2), Recorded.AddDays(3), Recorded.AddDays(6)];
        long?[] cuts = [null, 11, 12];
        foreach (var stream in new[] { "one day", "spread", "corrected" })
        foreach (var date in dates)
        foreach (var moment in moments)
        foreach (var cut in cuts)
            data.Add(stream, date, moment, cut);
        return data;
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void counts_what_the_rule_counts(string stream, DateOnly asOf, DateTimeOffset? knownAt, long? through)
    {
        var events = stream switch { "one day" => OneDay, "spread" => Spread, _ => Corrected };
        var clocks = new AsAtQuery(asOf, knownAt, through);

        var held = new HeldStream(events[^1].Version, Recorded, events).Counted(clocks);

        held.Select(e => e.Sequence).ShouldBe(AsAtEvents.Counted(events, clocks).Select(e => e.Sequence));
    }

    [Fact]
    public void a_read_that_takes_in_every_event_is_the_stream_itself()
    {
        var held = new HeldStream(12, Recorded, OneDay);

        held.Counted(new AsAtQuery(Day.AddYears(1), null)).ShouldBeSameAs(OneDay);
        held.Counted(new AsAtQuery(Day.AddDays(-1), null)).ShouldBeEmpty();
    }
}
