using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Governance.Tests.Cluster;

/// <summary>
/// Several ledger processes on one PostgreSQL, as operators run them, killed outright (SIGKILL) as a dying machine
/// would be. Each node counts another as dead once it has not reported for 15 s (the default), and the work of a dead
/// node is taken up by another within a minute.
/// </summary>
[Collection(SeveralNodes.Name)]
public sealed class several_nodes(ITestOutputHelper output)
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Starting = TimeSpan.FromMinutes(3);
    private static readonly object Source = new { reference = "Partner register" };

    [Fact]
    public async Task three_nodes_started_together_import_once_share_the_writes_and_keep_the_chain_when_its_node_is_killed()
    {
        await using var cluster = await ALedgerCluster.NewAsync();
        var nodes = new[] { cluster.Start("node-1"), cluster.Start("node-2"), cluster.Start("node-3") };
        await Task.WhenAll(nodes.Select(node => node.ServingAsync(Starting)));

        var imports = await ImportsAsync(cluster.ConnectionString);
        imports.Select(i => i.Name).ShouldBe(["illustrative-plans", "reference-history", "service-change-assurance",
            "progress-dashboard-2017", "capital-awards", "leaders-and-arrangements"],
            ignoreOrder: true);
        imports.ShouldAllBe(i => i.Count == 1);
        (await CountAsync(cluster.ConnectionString, "select count(*) from governance.mt_events where stream_id <> 'mt_tombstone'"))
            .ShouldBe(imports.Sum(i => i.Events + 1), "each import's events once, and its marker");

        for (var n = 0; n < nodes.Length; n++) await JoinAsync(nodes[n], cluster.Token, partner: n + 1, version: n);

        var chain = await cluster.RunningAsync("hash_chain", Takeover);
        var clock = Stopwatch.StartNew();
        await chain.KillAsync();
        await JoinAsync(cluster.Running[0], cluster.Token, partner: 4, version: 3);
        var successor = await cluster.RunningAsync("hash_chain", Takeover);
        output.WriteLine($"{successor.Name} took up the chain {clock.Elapsed.TotalSeconds:N1} s after {chain.Name} was killed");
        await JoinAsync(successor, cluster.Token, partner: 5, version: 4);

        var report = await cluster.ChainedAndVerifiedAsync(successor, Takeover);
        report.FirstProblem.ShouldBeNull();
        (report.Unchained, report.Chained).ShouldBe((0, report.LastSequence));
    }

    [Fact]
    public async Task a_lapse_scheduled_by_a_leader_that_is_killed_fires_once_on_another_node_and_its_notice_is_delivered_once()
    {
        await using var cluster = await ALedgerCluster.NewAsync();
        await using var subscriber = await WebhookReceiver.StartAsync();
        var leader = cluster.Start("leader");
        await leader.ServingAsync(Starting);
        (await cluster.RunningAsync("leader", Takeover)).ShouldBe(leader);
        // The others keep a clock three days ahead: for them the deadline has passed, as it will have once the leader is gone.
        var later = new Dictionary<string, string> { ["Governance__Clock__Offset"] = "3.00:00:00", ["ASPNETCORE_ENVIRONMENT"] = "Rehearsal" };
        var others = new[] { cluster.Start("node-2", later), cluster.Start("node-3", later) };
        await Task.WhenAll(others.Select(node => node.ServingAsync(Starting)));

        using var atLeader = leader.Client(cluster.Token);
        (await atLeader.PostAsJsonAsync("/api/webhook-subscriptions", new { url = subscriber.Url })).EnsureSuccessStatusCode();
        await JoinAsync(leader, cluster.Token, partner: 1, version: 0);
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var proposed = await atLeader.PostAsJsonAsync("/api/footprints/QM7/shared-decisions", new
        {
            title = "Single urgent care strategy", text = "The partners adopt one urgent care strategy.",
            requiredPartners = new[] { "P01" }, proposedOn = $"{DateTime.UtcNow:yyyy-MM-dd}", deadline = $"{deadline:yyyy-MM-dd}",
            source = Source,
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var decision = (await proposed.Content.ReadFromJsonAsync<Governance.Ledger.Infrastructure.Http.RecordedResponse>(Tokens.Json))!.Id;
        (await StoredMessages.CountAsync(cluster.ConnectionString, nameof(LapseAtDeadline), "Scheduled")).ShouldBe(1);

        var clock = Stopwatch.StartNew();
        await leader.KillAsync();
        await StoredMessages.BringForwardAsync(cluster.ConnectionString, nameof(LapseAtDeadline));
        var lapsed = await LapsedAsync(others[0], cluster.Token, decision);
        output.WriteLine($"The lapse fired {clock.Elapsed.TotalSeconds:N1} s after the leader that scheduled it was killed");
        var successor = await cluster.RunningAsync("leader", Takeover);
        output.WriteLine($"{successor.Name} leads now");

        var notices = await subscriber.WaitForAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(5));
        subscriber.Accepted.Count.ShouldBe(1, "one notice, delivered once");
        (notices[0].Notice.DecisionId, notices[0].Notice.Outcome).ShouldBe((decision, SharedDecisionStatus.Lapsed));
        lapsed.ConcludedOn.ShouldBe(deadline.AddDays(1));
        (await CountAsync(cluster.ConnectionString,
            $"select count(*) from governance.mt_events where stream_id = '{decision}' and type = 'shared_decision_lapsed'")).ShouldBe(1);
        (await cluster.ChainedAndVerifiedAsync(successor, Takeover)).FirstProblem.ShouldBeNull();
    }

    [Fact]
    public async Task a_node_with_another_key_than_the_ledgers_refuses_to_start_and_so_does_a_second_node_with_a_generated_key()
    {
        await using var cluster = await ALedgerCluster.NewAsync();
        await cluster.Start("first").ServingAsync(Starting);

        var otherKey = Path.GetTempFileName();
        await File.WriteAllTextAsync(otherKey, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        var stranger = cluster.Start("stranger", new Dictionary<string, string> { ["Governance__Audit__SealKeyFile"] = otherKey });
        (await stranger.ExitedAsync(Starting)).ShouldNotBe(0, stranger.Output);
        stranger.Output.ShouldContain("This node's event seal key is not the one the ledger's other nodes use");

        // The same checkpoint key, but where a node keeps the key it generates: a cluster's keys are configured.
        var keys = Directory.CreateDirectory(Path.Combine(cluster.DataDirectory, "keys")).FullName;
        File.Copy(cluster.CheckpointKeyFile, Path.Combine(keys, "checkpoint-signing.pem"));
        var generated = cluster.Start("generated", new Dictionary<string, string> { ["Governance__Audit__CheckpointKeyFile"] = "" });
        (await generated.ExitedAsync(Starting)).ShouldNotBe(0, generated.Output);
        generated.Output.ShouldContain("this node's checkpoint signing key was generated in its data directory");
        File.Delete(otherKey);
    }

    private static async Task JoinAsync(LedgerNode node, string token, int partner, int version)
    {
        using var http = node.Client(token);
        var response = await http.PostAsJsonAsync("/api/footprints/QM7/partners", new
        {
            organisationCode = $"P{partner:00}", name = $"Partner {partner}", type = "NhsFoundationTrust", joinedOn = "2017-04-01",
            version, source = Source,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{node.Name}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<SharedDecisionView> LapsedAsync(LedgerNode node, string token, string decision)
    {
        using var http = node.Client(token);
        var deadline = DateTime.UtcNow + Takeover + Takeover;
        while (true)
        {
            var view = (await http.GetFromJsonAsync<SharedDecisionView>($"/api/shared-decisions/{decision}", Tokens.Json))!;
            if (view.Status == SharedDecisionStatus.Lapsed) return view;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The decision was still {view.Status}.\n{node.Output}");
            await Task.Delay(250);
        }
    }

    private sealed record Import(string Name, long Count, long Events);

    private static async Task<IReadOnlyList<Import>> ImportsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select data->>'name', count(*), sum((data->>'events')::bigint) from governance.mt_events " +
            "where type = 'data_imported' group by 1", connection);
        await using var rows = await command.ExecuteReaderAsync();
        var imports = new List<Import>();
        while (await rows.ReadAsync()) imports.Add(new Import(rows.GetString(0), rows.GetInt64(1), rows.GetInt64(2) / rows.GetInt64(1)));
        return imports;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>The multi-node tests run on their own: three ledger processes under the load of the rest of the suite on
/// two cores could miss their reporting times for no fault of theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeveralNodes
{
    public const string Name = "several nodes";
}
