using Governance.Domain.Boards;
using Governance.Specifications.Support;

namespace Governance.Specifications.Common;

/// <summary>The one rule for a read as at a date, as known at a moment (<see cref="AsAtRule"/>; docs/architecture.md).</summary>
public class the_as_at_rule
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MeetingDay = new(2017, 6, 20);

    private static Logged Fact(ILedgerEvent fact, long sequence, DateTimeOffset recordedAt) => new(fact, sequence, recordedAt);

    private static InterestDeclared Interest(string item, DateOnly on) =>
        new("chair", item, "Employed by a partner", EffectiveDate.OnDay(on), Papers.Minutes);

    private static IReadOnlyList<string> Read(IEnumerable<Logged> record, DateOnly asOf, DateTimeOffset? knownAt = null,
        long? through = null) =>
        AsAtRule.Counted(record, l => l, asOf, knownAt, through)
            .Select(l => l.Fact switch
            {
                InterestDeclared i => i.Item,
                MeetingStruckOut => "struck out",
                MeetingDateCorrected => "redated",
                var other => other!.GetType().Name,
            }).ToList();

    [Fact]
    public void a_fact_counts_from_its_date_once_recorded()
    {
        Logged[] record = [Fact(Interest("urgent care", MeetingDay), 1, Monday)];

        Read(record, MeetingDay).ShouldBe(["urgent care"]);
        Read(record, MeetingDay.AddDays(-1)).ShouldBeEmpty("not yet in effect the day before");
        Read(record, MeetingDay, knownAt: Monday.AddSeconds(-1)).ShouldBeEmpty("not yet known a moment before it was recorded");
        Read(record, MeetingDay, through: 0).ShouldBeEmpty("not in a read cut at a checkpoint before it");
    }

    [Fact]
    public void a_fact_recorded_later_that_takes_effect_earlier_joins_the_reads_of_its_date_known_after_it_in_the_order_recorded()
    {
        Logged[] record =
        [
            Fact(Interest("recorded first, dated later", MeetingDay.AddDays(10)), 1, Monday),
            Fact(Interest("recorded second, dated earlier", MeetingDay), 2, Monday.AddDays(1)),
        ];

        Read(record, MeetingDay).ShouldBe(["recorded second, dated earlier"]);
        Read(record, MeetingDay.AddDays(10)).ShouldBe(["recorded first, dated later", "recorded second, dated earlier"],
            "folded in the order the log holds them, not by date");
        Read(record, MeetingDay, knownAt: Monday.AddHours(1)).ShouldBeEmpty("as known before the later recording, it was not there");
    }

    [Fact]
    public void a_correction_moves_the_facts_of_the_wrong_date_to_the_right_one_for_reads_known_after_it_whatever_their_date()
    {
        var wrong = MeetingDay.AddDays(30);
        Logged[] record =
        [
            Fact(Interest("on the meeting", wrong), 1, Monday),
            Fact(Interest("another day", wrong.AddDays(1)), 2, Monday),
            Fact(new MeetingDateCorrected(wrong, MeetingDay, "Minuted on the wrong date", EffectiveDate.OnDay(MeetingDay),
                Papers.Minutes), 3, Monday.AddDays(1)),
        ];

        Read(record, MeetingDay).ShouldBe(["on the meeting", "redated"]);
        Read(record, MeetingDay, knownAt: Monday.AddHours(1)).ShouldBeEmpty("as known before the correction, it was dated as recorded");
        Read(record, wrong, knownAt: Monday.AddHours(1)).ShouldBe(["on the meeting"]);
        Read(record, wrong.AddDays(1)).ShouldBe(["on the meeting", "another day", "redated"],
            "a fact of another date stays where it was");
    }

    [Fact]
    public void a_strike_out_dated_on_the_record_reaches_every_read_the_record_reached_once_known()
    {
        Logged[] record =
        [
            Fact(Interest("urgent care", MeetingDay), 1, Monday),
            Fact(new MeetingStruckOut("Entered for the wrong body", EffectiveDate.OnDay(MeetingDay), Papers.Minutes), 2,
                Monday.AddDays(1)),
        ];

        Read(record, MeetingDay).ShouldBe(["urgent care", "struck out"], "the record's fold ends at the strike-out");
        Read(record, MeetingDay.AddYears(5)).ShouldBe(["urgent care", "struck out"]);
        Read(record, MeetingDay, knownAt: Monday.AddHours(1)).ShouldBe(["urgent care"], "as known before, the record stood");
        typeof(MeetingStruckOut).IsAssignableTo(typeof(IStrikesOutRecord)).ShouldBeTrue();
    }

    [Fact]
    public void a_fact_with_no_date_is_in_effect_on_no_date()
    {
        Logged[] record = [Fact(new InterestDeclared("chair", "undated", "n/a", EffectiveDate.Undated, Papers.Minutes), 1, Monday)];

        Read(record, new DateOnly(2199, 12, 31)).ShouldBeEmpty();
    }
}
