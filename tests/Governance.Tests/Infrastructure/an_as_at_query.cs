using Governance.Ledger.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Time.Testing;
using Wolverine.Http;

namespace Governance.Tests.Infrastructure;

public class an_as_at_query
{
    [Fact]
    public void without_dates_it_asks_about_today_as_known_now()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));

        AsAtQuery.Parse(null, null, clock).ShouldBe(new AsAtQuery(new DateOnly(2026, 11, 24), null));
    }

    [Fact]
    public void accepts_a_date_and_an_iso_8601_moment()
    {
        AsAtQuery.Check("2016-12-31", "2026-11-24T09:30:00Z").ShouldBeSameAs(WolverineContinue.NoProblems);
        AsAtQuery.Parse("2016-12-31", "2026-11-24T09:30:00Z", TimeProvider.System).ShouldBe(
            new AsAtQuery(new DateOnly(2016, 12, 31), new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void names_each_value_it_cannot_read()
    {
        var problem = AsAtQuery.Check("31/12/2016", "yesterday").ShouldBeOfType<ValidationProblemDetails>();

        problem.Status.ShouldBe(400);
        problem.Errors.Keys.ShouldBe(["asOf", "knownAt"], ignoreOrder: true);
    }
}
