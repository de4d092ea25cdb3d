using Governance.Ledger.SharedDecisions;

namespace Governance.Tests.SharedDecisions;

public class a_deadline_day
{
    [Theory]
    [InlineData("2017-07-31", "2017-07-31T23:00:00+00:00")] // British Summer Time
    [InlineData("2017-12-31", "2018-01-01T00:00:00+00:00")] // Greenwich Mean Time
    [InlineData("2018-03-24", "2018-03-25T00:00:00+00:00")] // the night the clocks go forward, at 01:00
    public void ends_at_midnight_in_england(string deadline, string due) =>
        LapseAtDeadline.DueAt(DateOnly.Parse(deadline)).ShouldBe(DateTimeOffset.Parse(due));

    [Fact]
    public void an_hour_before_midnight_utc_in_summer_is_already_the_next_day_in_england() =>
        Governance.Ledger.Infrastructure.LedgerClock.DayAt(DateTimeOffset.Parse("2017-07-31T23:30:00+00:00")).ShouldBe(new DateOnly(2017, 8, 1));
}
