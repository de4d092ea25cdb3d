using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Governance.Domain.Common;
using Governance.Domain.Plans;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Http;
using Governance.Ledger.Infrastructure.Postgres;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Plans;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Weasel.Core;

namespace Governance.Benchmarks;

/// <summary>
/// Writes per second: a plan milestone recorded on an existing plan, by 1, 8 and 32 writers at once, each on plans of
/// its own (so that writers do not conflict), through each layer of the ledger's recording path in turn. The baseline
/// is bare Marten appending the same events to the same kind of streams at the same concurrency.
/// </summary>
public static class WriteBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(6);
    private const int PlansPerWriter = 100;
    private static readonly int[] Concurrency = [1, 8, 32];
    private static readonly Provenance Provenance = new("benchmark", null, new SourceDocument("generated"));
    private static readonly EffectiveDate On = EffectiveDate.OnDay(new DateOnly(2018, 1, 1));

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        output.WriteLine($"writes per second over {Window.TotalSeconds:N0} s (after {WarmUp.TotalSeconds:N0} s of the same writes to warm up); each writer on {PlansPerWriter} plans of its own");
        output.WriteLine($"{"path",-44} {string.Join("", Concurrency.Select(c => $"{c,6} writer{(c == 1 ? " " : "s")}"))}");
        var bare = new Dictionary<int, double>();

        // In this process, layer by layer, on a database of their own.
        var inProcess = await DatabaseAsync(cluster, "bench_store");
        await using (var database = NpgsqlDataSource.Create(inProcess))
        {
            using var ledgerStore = new DocumentStore(MartenSetup.StoreOptionsFor(inProcess, new LedgerLog(database), SealKey.Ephemeral()));
            await ledgerStore.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            using var bareStore = new DocumentStore(BareOptions(inProcess, fold: false));
            using var foldingStore = new DocumentStore(BareOptions(inProcess, fold: true));
            using var unsealedStore = new DocumentStore(MartenSetup.StoreOptionsFor(inProcess, new LedgerLog(database), audit: null));
            await MeasureAsync(output, ledgerStore, bare, [
                ("bare Marten: append", (plan, _) => AppendAsync(bareStore, plan)),
                ("+ load the plan (FetchForWriting)", (plan, _) => FetchAndAppendAsync(foldingStore, plan)),
                ("+ the ledger's inline projections", (plan, _) => FetchAndAppendAsync(unsealedStore, plan)),
                ("+ the seal (the ledger's store)", (plan, _) => FetchAndAppendAsync(ledgerStore, plan)),
            ]);
        }

        // The ledger as its own process, as a client meets it, with its hash chain following the writes.
        var outside = await DatabaseAsync(cluster, "bench_ledger");
        await using var ledgerDatabase = NpgsqlDataSource.Create(outside);
        // The plans are drafted with the ledger's own seal key, so that its chain finds them written by the ledger.
        var sealKeyFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(sealKeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var sealKey = SealKey.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Governance:Audit:SealKeyFile"] = sealKeyFile }).Build(), ".");
        using var seeding = new DocumentStore(MartenSetup.StoreOptionsFor(outside, new LedgerLog(ledgerDatabase), sealKey, hashChain: false));
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var ledger = await LedgerProcess.StartAsync(outside, new Dictionary<string, string>
        {
            ["Governance__Auth__SigningKey"] = signingKey,
            ["Governance__Audit__SealKeyFile"] = sealKeyFile,
            ["Governance__ImportReferenceHistory"] = "false",
            ["Governance__Health__MaxUnchained"] = "0",
        });
        using var http = new HttpClient { BaseAddress = new Uri(ledger.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdministratorToken(signingKey));
        await MeasureAsync(output, seeding, bare, [
            ("the ledger over HTTP", (plan, version) => PostAsync(http, plan, version, idempotencyKey: false)),
            ("the ledger over HTTP, Idempotency-Key", (plan, version) => PostAsync(http, plan, version, idempotencyKey: true)),
        ], settle: () => ledger.ChainedAsync(TimeSpan.FromMinutes(15)));
    }

    /// <param name="settle">Waits, after the plans are drafted, until the ledger has caught up with them.</param>
    private static async Task MeasureAsync(TextWriter output, IDocumentStore seeding, Dictionary<int, double> bare,
        IEnumerable<(string Name, Func<string, long, Task> Write)> paths, Func<Task>? settle = null)
    {
        foreach (var (name, write) in paths)
        {
            var rates = new List<string>();
            foreach (var writers in Concurrency)
            {
                var plans = await SeedAsync(seeding, writers);
                if (settle is not null) await settle();
                var rate = await RateAsync(writers, plans, write);
                bare.TryAdd(writers, rate);
                rates.Add($"{rate,6:N0} ({rate / bare[writers],4:P0})");
            }

            output.WriteLine($"{name,-44} {string.Join(" ", rates)}");
        }
    }

    private static async Task<string> DatabaseAsync(PostgresCluster cluster, string name)
    {
        await cluster.EnsureDatabaseAsync(name);
        return cluster.ConnectionString(name);
    }

    private static string AdministratorToken(string signingKey) =>
        new TokenIssuer(TokenSigningKey.From(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Governance:Auth:SigningKey"] = signingKey }).Build(), "."),
            TimeProvider.System).Issue("benchmark", [LedgerRoles.Administrator], [], [], TimeSpan.FromHours(1));

    /// <summary>Marten as it comes, with the ledger's stream identity, serialisation and metadata, and nothing else.</summary>
    private static StoreOptions BareOptions(string connectionString, bool fold)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        options.DatabaseSchemaName = MartenSetup.Schema;
        options.UseLedgerEvents();
        options.AutoCreateSchemaObjects = AutoCreate.None;
        if (fold) options.Projections.Add(PlansRegistration.Plans, ProjectionLifecycle.Live);
        return options;
    }

    private static async Task<double> RateAsync(int writers, string[][] plans, Func<string, long, Task> write)
    {
        var versions = plans.Select(p => p.ToDictionary(plan => plan, _ => 1L)).ToArray();
        async Task WriteAsync(int writer, int n)
        {
            var plan = plans[writer][n % PlansPerWriter];
            await write(plan, versions[writer][plan]);
            versions[writer][plan]++;
        }

        var clock = Stopwatch.StartNew();
        var counted = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            for (var n = 0; clock.Elapsed < WarmUp + Window; n++)
            {
                await WriteAsync(writer, n);
                if (clock.Elapsed > WarmUp && clock.Elapsed < WarmUp + Window) Interlocked.Increment(ref counted);
            }
        }));
        return counted / Window.TotalSeconds;
    }

    private static async Task AppendAsync(IDocumentStore store, string plan)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(plan, new PlanMilestoneReached(PlanMilestone.Refreshed, On, Provenance));
        await session.SaveChangesAsync();
    }

    private static async Task FetchAndAppendAsync(IDocumentStore store, string plan)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<Plan>(plan);
        stream.AppendOne(new PlanMilestoneReached(PlanMilestone.Refreshed, On, Provenance));
        await session.SaveChangesAsync();
    }

    private static async Task PostAsync(HttpClient http, string plan, long version, bool idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{plan}/milestones")
        {
            Content = JsonContent.Create(new
            {
                milestone = "Refreshed", on = "2018-01-01", version, source = new { reference = "benchmark" },
            }),
        };
        if (idempotencyKey) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Plans of their own for each writer, drafted through the ledger's store so that every path finds them.</summary>
    private static async Task<string[][]> SeedAsync(IDocumentStore store, int writers)
    {
        var plans = Enumerable.Range(0, writers)
            .Select(_ => Enumerable.Range(0, PlansPerWriter).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray())
            .ToArray();
        await using var session = store.LightweightSession();
        foreach (var plan in plans.SelectMany(p => p))
            session.Events.StartStream<Plan>(plan, new PlanDrafted("QF7", "Benchmark plan",
                [new PlanSection("finance", "Finance", "Balanced by 2021.", [])], false,
                EffectiveDate.OnDay(new DateOnly(2017, 1, 1)), Provenance));
        await session.SaveChangesAsync();
        return plans;
    }
}
