using System.Net.Http.Json;
using System.Net;
using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Support;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Tests.Security;

[Collection(LedgerCollection.Name)]
public class who_may_write(LedgerApp ledger)
{
    private static readonly SemaphoreSlim SetUp = new(1, 1);
    private static WriteTargets? _targets;

    public static readonly string[] WriteEndpointList =
    [
        "/api/footprints/{id}/leads", "/api/footprints/{id}/partners", "/api/footprints/{id}/partners/{code}/departure",
        "/api/footprints/{footprintId}/bodies", "/api/bodies/{id}/terms", "/api/bodies/{id}/seats",
        "/api/bodies/{id}/seats/{seatId}/withdrawal", "/api/bodies/{id}/dissolution", "/api/bodies/{id}/meetings",
        "/api/meetings/{id}/attendance", "/api/meetings/{id}/interests", "/api/meetings/{id}/resolutions",
        "/api/meetings/{id}/corrections", "/api/meetings/{id}/strike-outs", "/api/meetings/{id}/date-correction",
        "/api/meetings/{id}/minutes-approval", "/api/footprints/{footprintId}/plans",
        "/api/plans/{id}/milestones", "/api/plans/{id}/supersession", "/api/plans/{id}/amendments",
        "/api/plans/{id}/amendments/{amendmentId}/rebase", "/api/plans/{id}/amendments/{amendmentId}/approval",
        "/api/plans/{id}/amendments/{amendmentId}/rejection", "/api/plans/{id}/amendments/{amendmentId}/withdrawal",
        "/api/footprints/{id}/arrangements", "/api/footprints/{id}/shared-decisions", "/api/shared-decisions/{id}/ratifications",
        "/api/shared-decisions/{id}/declines", "/api/shared-decisions/{id}/withdrawal", "/api/shared-decisions/{id}/lapse",
        "/api/webhook-subscriptions", "/api/footprints/{id}/arrangements/{arrangementId}/adoptions",
        "/api/footprints/{id}/arrangements/{arrangementId}/revisions",
        "/api/footprints/{id}/arrangements/{arrangementId}/dissolution",
        "/api/footprints/{id}/arrangements/{arrangementId}/chairs", "/api/shared-decisions/{id}/committee-decision",
        "/api/footprints/{footprintId}/service-changes", "/api/service-changes/{id}/assurance", "/api/service-changes/{id}/scrutiny",
        "/api/service-changes/{id}/consultation", "/api/service-changes/{id}/consultation/report",
        "/api/service-changes/{id}/decision", "/api/service-changes/{id}/decision-from-papers",
        "/api/service-changes/{id}/referral", "/api/service-changes/{id}/referral/outcome",
        "/api/footprints/{footprintId}/engagement", "/api/engagement/{id}/outcomes",
        "/api/footprints/{footprintId}/bids", "/api/bids/{id}/decisions",
        "/api/bodies/{id}/forward-plan", "/api/bodies/{id}/forward-plan/{item}/withdrawal", "/api/bodies/{id}/actions",
        "/api/bodies/{id}/actions/{action}/updates", "/api/bodies/{id}/chairs-actions",
        "/api/bodies/{id}/chairs-actions/{action}/ratification", "/api/bodies/{id}/written-resolutions",
        "/api/bodies/{id}/written-resolutions/{resolution}/answers", "/api/bodies/{id}/written-resolutions/{resolution}/conclusion",
        "/api/bodies/{id}/register", "/api/bodies/{id}/register/{entry}/end", "/api/meetings/{id}/agenda",
        "/api/meetings/{id}/agenda/{item}/papers", "/api/bodies/{id}/members", "/api/bodies/{id}/members/{appointmentId}/end",
    ];

    public static TheoryData<string> WriteEndpoints => new(WriteEndpointList);

    [Fact]
    public void every_write_endpoint_of_the_app_is_in_this_list_and_the_only_other_posts_are_the_auditors()
    {
        var posts = ledger.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToLookup(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == LedgerRoles.AuditorPolicy),
                e => "/" + e.RoutePattern.RawText!.TrimStart('/'));

        // A paper's bytes may be stored by any writer: nobody can download them until a secretary of the meeting's body
        // tables them (tests/Governance.Tests/Secretariat/papers.cs). A person may be recorded by any writer: they belong
        // to no one footprint, and sit on a body only once a secretary of that body appoints them.
        posts[false].ShouldBe([.. WriteEndpointList, "/api/papers", "/api/people"], ignoreOrder: true);
        posts[true].ShouldBe(["/api/audit/checkpoints", "/api/audit/verify"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task without_a_token_a_write_is_a_401_and_records_nothing(string endpoint) =>
        await ShouldBeRefused(endpoint, token: null, HttpStatusCode.Unauthorized);

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task with_an_expired_token_a_write_is_a_401_and_records_nothing(string endpoint)
    {
        var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        var expired = Tokens.For(ledger.Host, "Former Secretary", LedgerRoles.Secretary, [WriteTargets.Footprint], clock: yesterday);

        await ShouldBeRefused(endpoint, expired, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task a_secretary_of_another_footprint_gets_a_403_and_records_nothing(string endpoint) =>
        await ShouldBeRefused(endpoint, Tokens.For(ledger.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"]),
            HttpStatusCode.Forbidden);

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task an_auditor_gets_a_403_and_records_nothing(string endpoint) =>
        await ShouldBeRefused(endpoint, Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor), HttpStatusCode.Forbidden);

    [Fact]
    public async Task a_secretary_of_another_footprint_sending_a_stale_version_to_any_versioned_write_gets_a_403_not_a_409()
    {
        var outsider = ledger.Host.ClientFor(Tokens.For(ledger.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"]));
        var versioned = (await Targets()).Requests.Values
            .Select(request => (request.Url, Body: System.Text.Json.JsonSerializer.SerializeToNode(request.Body, Tokens.Json)!.AsObject()))
            .Where(request => request.Body["version"] is not null)
            .ToList();

        foreach (var (url, body) in versioned)
        {
            body["version"] = 999;
            var response = await outsider.PostAsJsonAsync(url, body);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{url}: {await response.Content.ReadAsStringAsync()}");
        }

        versioned.Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task a_secretary_of_another_footprint_learns_nothing_from_a_stale_version()
    {
        var outsider = Tokens.For(ledger.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"]);

        var problem = await ledger.Host.Refuses($"/api/footprints/{WriteTargets.Footprint}/leads", new
        {
            lead = "Someone", effectiveOn = "2023-01-01", precision = "Day", version = 999, source = Boards.BoardScenario.Minutes,
        }, status: 403, token: outsider);

        problem.Detail!.ShouldNotContain("version");
    }

    [Fact]
    public async Task a_secretary_of_the_footprint_records_under_their_own_name()
    {
        var targets = await Targets();
        var (url, body) = targets.Requests["/api/meetings/{id}/interests"];
        var secretary = Tokens.For(ledger.Host, "South Yorkshire Secretary", LedgerRoles.Secretary, [WriteTargets.Footprint]);

        await ledger.Host.Records(url, body, secretary);

        await using var session = ledger.Store.QuerySession();
        var last = await session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).FirstAsync();
        ((Governance.Domain.Common.ILedgerEvent)last.Data).Provenance.RecordedBy.ShouldBe("South Yorkshire Secretary");
        _targets = null; // the meeting moved on a version: set up afresh for the tests that follow
    }

    private async Task ShouldBeRefused(string endpoint, string? token, HttpStatusCode expected)
    {
        var (url, body) = (await Targets()).Requests[endpoint];
        var client = token is null ? ledger.Host.Server.CreateClient() : ledger.Host.ClientFor(token);
        var before = await EventCount();

        var response = await client.PostAsJsonAsync(url, body);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status.ShouldBe((int)expected);
        (await EventCount()).ShouldBe(before);
    }

    private async Task<long> EventCount()
    {
        await using var session = ledger.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().LongCountAsync();
    }

    private async Task<WriteTargets> Targets()
    {
        await SetUp.WaitAsync();
        try
        {
            return _targets ??= await WriteTargets.SetUpAsync(ledger.Host);
        }
        finally
        {
            SetUp.Release();
        }
    }
}
