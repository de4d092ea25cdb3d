using System.Net.Http.Json;
using System.Net;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Support;

namespace Governance.Tests.Audit;

public class reading_raw_history(AChainedLedger ledger) : IClassFixture<AChainedLedger>
{
    private HttpClient Auditor() =>
        ledger.Host.ClientFor(Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor));

    [Fact]
    public async Task an_auditor_reads_a_footprints_events_by_type_a_page_at_a_time()
    {
        var page = await Auditor().GetFromJsonAsync<EventPage>(
            "/api/audit/events?footprint=QF7&type=integrated_care_system_designated&pageSize=1", Tokens.Json);

        page!.Total.ShouldBe(1);
        var designated = page.Events.ShouldHaveSingleItem();
        (designated.Type, designated.Effective, designated.RecordedBy).ShouldBe(
            ("integrated_care_system_designated", "2017-06", "reference-import"));
        designated.CorrelationId.ShouldStartWith("reference-history:");
    }

    [Fact]
    public async Task pages_follow_one_another_in_sequence_order()
    {
        var first = await Auditor().GetFromJsonAsync<EventPage>("/api/audit/events?stream=QWO&page=1&pageSize=3", Tokens.Json);
        var second = await Auditor().GetFromJsonAsync<EventPage>("/api/audit/events?stream=QWO&page=2&pageSize=3", Tokens.Json);

        var sequences = first!.Events.Concat(second!.Events).Select(e => e.Sequence).ToList();
        sequences.ShouldBe(sequences.Order().ToList());
        sequences.Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public async Task the_public_and_secretaries_may_not_read_the_audit_trail()
    {
        var secretary = ledger.Host.ClientFor(Tokens.For(ledger.Host, "A Secretary", LedgerRoles.Secretary, ["QF7"]));

        (await ledger.Host.Server.CreateClient().GetAsync("/api/audit/events?stream=QF7")).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
        (await secretary.GetAsync("/api/audit/events?stream=QF7")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task an_auditor_verifies_through_the_api_and_keeps_a_signed_checkpoint()
    {
        var checkpoint = await (await Auditor().PostAsync("/api/audit/checkpoints", null))
            .Content.ReadFromJsonAsync<Checkpoint>(Tokens.Json);
        var report = await (await Auditor().PostAsJsonAsync("/api/audit/verify", new { checkpoints = new[] { checkpoint } }))
            .Content.ReadFromJsonAsync<VerificationReport>(Tokens.Json);

        report!.Intact.ShouldBeTrue();
        report.LastSequence.ShouldBe(checkpoint!.Sequence);
        (await ledger.Host.Server.CreateClient().GetStringAsync("/api/audit/public-key")).ShouldStartWith("-----BEGIN PUBLIC KEY-----");
    }
}
