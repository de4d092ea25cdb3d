using Governance.Domain.Plans;

namespace Governance.Specifications.Common;

public class dates_and_decisions
{
    [Theory]
    [InlineData(DatePrecision.Day, "2016-03-15")]
    [InlineData(DatePrecision.Month, "2016-03")]
    [InlineData(DatePrecision.Year, "2016")]
    public void a_date_reads_as_precisely_as_its_source_states_it(DatePrecision precision, string written) =>
        new EffectiveDate(new DateOnly(2016, 3, 15), precision).ToString().ShouldBe(written);

    [Fact]
    public void a_rule_that_accepts_a_command_records_at_least_one_event() =>
        Should.Throw<ArgumentException>(() => Decision<PlanMilestoneReached>.Accept())
            .Message.ShouldStartWith("A rule that accepts a command records at least one event.");
}
