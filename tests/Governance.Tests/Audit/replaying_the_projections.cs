using Governance.Ledger.Audit;
using Governance.Tests.Boards;
using Governance.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Tests.Audit;

public class replaying_the_projections : IAsyncLifetime
{
    private readonly AChainedLedger _ledger = new();

    public async Task InitializeAsync()
    {
        await _ledger.InitializeAsync();
        var board = new BoardScenario(_ledger.Host);
        var body = await board.ConstituteAsync();
        await board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        await _ledger.ChainedAsync();
    }

    public Task DisposeAsync() => _ledger.DisposeAsync();

    private ProjectionReplay Replayer => _ledger.Host.Services.GetRequiredService<ProjectionReplay>();

    private Task<IReadOnlyList<ProjectionChecksum>> Replay() => Replayer.RunAsync(progress: null, CancellationToken.None);

    [Fact]
    public async Task every_stored_projection_rebuilt_from_the_reference_history_matches_the_live_one()
    {
        var results = await Replay();

        results.Select(r => r.Projection).ShouldBe(
            ["FootprintListing", "BodyListing", "MeetingListing", "PlanListing", "SharedDecisionListing",
                "SharedDecisionRecord", "PlanRecord", "PlanMilestoneRecord", "PlanVersionRecord", "ServiceChangeListing",
                "EngagementListing", "BidListing", "PaperPlacement", "AppointmentListing", "HashChain"], ignoreOrder: true);
        // The reference history holds no shared decisions, service changes, engagement, bids or appointments.
        string[] noneInTheReferenceHistory = ["SharedDecisionListing", "SharedDecisionRecord", "ServiceChangeListing",
            "EngagementListing", "BidListing", "PaperPlacement", "AppointmentListing"];
        results.ShouldAllBe(r => r.Matches && (r.Documents > 0 || noneInTheReferenceHistory.Contains(r.Projection)));
    }

    [Fact]
    public async Task a_projection_edited_behind_the_ledgers_back_no_longer_matches()
    {
        await _ledger.TamperAsync("update governance.mt_doc_bodylisting set data = jsonb_set(data, '{name}', '\"Renamed\"')");

        var results = await Replay();

        results.Single(r => r.Projection == "BodyListing").Matches.ShouldBeFalse();
        results.Where(r => r.Projection != "BodyListing").ShouldAllBe(r => r.Matches);
    }

    [Fact]
    public async Task every_document_table_is_either_replayed_or_known_not_to_come_from_events()
    {
        string[] notFromEvents = ["mt_doc_resolutionnumberclaim", "mt_doc_storedcheckpoint", "mt_doc_deadletterevent", "mt_doc_envelope", "mt_doc_webhooksubscription",
            "mt_doc_storedpaper"];
        await using var connection = new NpgsqlConnection(_ledger.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select tablename from pg_tables where schemaname = 'governance' and tablename like 'mt_doc_%'", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));

        var replayed = Replayer.StoredProjections.Select(t => $"mt_doc_{t.Name.ToLowerInvariant()}");
        tables.Except(notFromEvents).ShouldBe(replayed, ignoreOrder: true);
    }
}
