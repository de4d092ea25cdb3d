using System.Net.Http.Json;
using System.Net;
using Alba;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure.Http;
using Governance.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Footprints;

// Each test writes to a footprint of its own, so that they can share the ledger with the read tests.
[Collection(LedgerCollection.Name)]
public class appointing_a_lead(LedgerApp ledger)
{
    private static object Appointment(string lead, string effectiveOn, long version) => new
    {
        lead,
        role = "Chair",
        effectiveOn,
        precision = "Day",
        version,
        source = new { reference = "Partnership board minutes, item 4", checksum = "sha256:0f1e", onBehalfOf = "Board secretary" },
    };

    [Fact]
    public async Task the_footprint_shows_the_new_lead_from_the_day_it_took_effect()
    {
        var version = await VersionOf("QOC");

        var recorded = await ledger.Host.Records("/api/footprints/QOC/leads", Appointment("Jane Example", "2019-05-01", version));

        recorded.ShouldBe(new RecordedResponse("QOC", version + 1));
        (await LeadOn("QOC", "2019-04-30")).ShouldBeNull();
        (await LeadOn("QOC", "2019-05-01")).ShouldBe("Jane Example");
    }

    [Fact]
    public async Task the_recorded_event_keeps_its_source_and_on_whose_behalf_it_was_recorded()
    {
        var version = await VersionOf("QJM");
        await ledger.Host.Records("/api/footprints/QJM/leads", Appointment("Sam Example", "2020-02-03", version));

        await using var session = ledger.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync("QJM");
        var appointed = events.Last().Data.ShouldBeOfType<Governance.Domain.Footprints.LeadAppointed>();
        appointed.Provenance.Source.Reference.ShouldBe("Partnership board minutes, item 4");
        appointed.Provenance.Source.Checksum.ShouldBe("sha256:0f1e");
        appointed.Provenance.OnBehalfOf.ShouldBe("Board secretary");
        appointed.Provenance.RecordedBy.ShouldBe(Tokens.Administrator);
    }

    [Fact]
    public async Task a_request_missing_its_lead_date_source_and_version_is_a_400_naming_each_and_records_nothing()
    {
        var before = await VersionOf("QK1");

        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { lead = " " }).ToUrl("/api/footprints/QK1/leads");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
            s.StatusCodeShouldBe(400);
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblemDetails>();
        problem!.Errors.Keys.ShouldBe(["lead", "effectiveOn", "source", "version"], ignoreOrder: true);
        (await VersionOf("QK1")).ShouldBe(before);
    }

    [Fact]
    public async Task a_lead_dated_before_the_footprint_existed_is_refused_and_nothing_is_recorded()
    {
        var before = await VersionOf("QWU");

        var problem = await ledger.Host.Refuses("/api/footprints/QWU/leads", Appointment("Too Early", "2015-06-01", before));

        problem.Detail
            .ShouldBe("Footprint QWU was established on 2016-03-15; nothing can take effect for it on 2015-06-01.");
        (await VersionOf("QWU")).ShouldBe(before);
    }

    [Fact]
    public async Task a_lead_for_a_footprint_after_it_merged_is_refused_and_points_to_its_successor()
    {
        var before = await VersionOf("E54000047");

        var problem = await ledger.Host.Refuses("/api/footprints/E54000047/leads", Appointment("Too Late", "2019-01-01", before));

        problem.Detail!.ShouldContain("against QHM");
        (await VersionOf("E54000047")).ShouldBe(before);
    }

    [Fact]
    public async Task an_unknown_footprint_is_a_404()
    {
        await ledger.Host.Refuses("/api/footprints/QZZ/leads", Appointment("Nobody", "2019-01-01", 1), status: 404);
    }

    [Fact]
    public async Task a_request_made_from_a_stale_version_is_a_409_and_records_nothing()
    {
        var current = await VersionOf("QGH");

        var problem = await ledger.Host.Refuses("/api/footprints/QGH/leads", Appointment("Stale", "2019-01-01", current - 1),
            status: 409);

        problem.Detail!.ShouldContain($"is at version {current}");
        (await VersionOf("QGH")).ShouldBe(current);
    }

    [Fact]
    public async Task of_concurrent_writers_from_the_same_version_one_records_and_every_other_gets_a_409()
    {
        var version = await VersionOf("QMM");
        var client = ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host));

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(writer =>
            client.PostAsJsonAsync("/api/footprints/QMM/leads",
                Appointment($"Writer {writer}", "2020-06-01", version))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
        (await VersionOf("QMM")).ShouldBe(version + 1);
    }

    private async Task<long> VersionOf(string footprint)
    {
        await using var session = ledger.Store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(footprint);
        return state!.Version;
    }

    private async Task<string?> LeadOn(string footprint, string date) =>
        (await ledger.Host.GetAsJson<FootprintView>($"/api/footprints/{footprint}?asOf={date}"))!.Lead;
}
