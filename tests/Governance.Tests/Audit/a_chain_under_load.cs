using System.Net;
using System.Net.Http.Json;
using Governance.Ledger.Audit;
using Governance.Tests.SharedDecisions;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Audit;

/// <summary>
/// Ordinary use burns sequence numbers: a writer that loses a race, a transaction the database refuses. The chain
/// accounts for each of them as burned and keeps following the log; it never stops, and a restart changes nothing.
/// </summary>
public class a_chain_under_load : IAsyncLifetime
{
    private readonly AChainedLedger _ledger = new();

    public Task InitializeAsync() => _ledger.InitializeAsync();

    public Task DisposeAsync() => _ledger.DisposeAsync();

    [Fact]
    public async Task sixty_four_writers_racing_on_one_record_leave_nothing_unchained_and_the_log_intact_across_a_restart()
    {
        var version = await VersionOfAsync("QF7");
        var client = _ledger.Host.ClientFor(Tokens.AdministratorOf(_ledger.Host));

        var responses = await Task.WhenAll(Enumerable.Range(1, 64).Select(writer =>
            client.PostAsJsonAsync("/api/footprints/QF7/leads", Appointment($"Writer {writer}", version))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(63);
        await ShouldBeChainedAndIntactAsync();
        await _ledger.RestartAsync();
        await _ledger.Host.Records("/api/footprints/QF7/leads", Appointment("After the restart", version + 1));
        await ShouldBeChainedAndIntactAsync();
    }

    [Fact]
    public async Task twenty_concurrent_ratifications_of_one_decision_leave_nothing_unchained_and_the_log_intact()
    {
        var given = await new ADecisionPutToPartners(_ledger.Host, "QRV").WithPartnersAsync(20, 20);
        var decision = await given.ProposeAsync();
        var client = _ledger.Host.ClientFor(Tokens.AdministratorOf(_ledger.Host));

        var responses = await Task.WhenAll(given.Partners.Select((partner, n) =>
            client.PostAsJsonAsync($"/api/shared-decisions/{decision}/ratifications", given.Response(partner, n + 1, "2017-07-01"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await ShouldBeChainedAndIntactAsync();
        await _ledger.RestartAsync();
        await ShouldBeChainedAndIntactAsync();
    }

    [Fact]
    public async Task fifty_writes_the_database_refuses_are_chained_as_burned_and_the_log_stays_intact()
    {
        await _ledger.TamperAsync("""
            create function governance.refuse_appends() returns trigger language plpgsql
                as $$ begin raise exception 'The database refused this append (a test)'; end $$;
            create trigger refuse_appends before insert on governance.mt_events
                for each row when (new.stream_id = 'QWO') execute function governance.refuse_appends();
            """);
        var version = await VersionOfAsync("QWO");
        var client = _ledger.Host.ClientFor(Tokens.AdministratorOf(_ledger.Host));
        var before = (await _ledger.ChainedAsync()).Burned;

        for (var n = 0; n < 50; n++)
            (await client.PostAsJsonAsync("/api/footprints/QWO/leads", Appointment($"Refused {n}", version)))
                .StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        await _ledger.TamperAsync("drop trigger refuse_appends on governance.mt_events");
        await _ledger.Host.Records("/api/footprints/QWO/leads", Appointment("Accepted", version));

        var status = await ShouldBeChainedAndIntactAsync();
        (status.Burned - before).ShouldBeGreaterThanOrEqualTo(50);
        await _ledger.RestartAsync();
        await ShouldBeChainedAndIntactAsync();
    }

    /// <summary>Within seconds the chain has followed every sequence, found nothing it did not expect, and verify says
    /// intact.</summary>
    private async Task<ChainStatus> ShouldBeChainedAndIntactAsync()
    {
        var status = await _ledger.ChainedAsync(seconds: 30);
        status.NotWrittenByLedger.ShouldBeEmpty();
        var report = await _ledger.VerifyOverHttpAsync();
        report.Intact.ShouldBeTrue(report.FirstProblem?.Detail);
        report.Unchained.ShouldBe(0);
        return status;
    }

    private static object Appointment(string lead, long version) => new
    {
        lead, role = "Chair", effectiveOn = "2020-06-01", precision = "Day", version,
        source = new { reference = "Partnership board minutes, item 4" },
    };

    private async Task<long> VersionOfAsync(string footprint)
    {
        await using var session = _ledger.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(footprint))!.Version;
    }
}
