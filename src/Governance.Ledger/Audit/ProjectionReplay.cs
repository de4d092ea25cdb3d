using System.Security.Cryptography;
using Governance.Domain.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Npgsql;

namespace Governance.Ledger.Audit;

/// <summary>A stored projection's checksum as it stands, and as rebuilt from the events alone.</summary>
public sealed record ProjectionChecksum(string Projection, int Documents, string Live, string Replayed)
{
    public bool Matches => Live == Replayed;
}

/// <summary>
/// The auditor's proof that the stored views follow from the events: rebuilds every stored projection from the events
/// into a fresh schema with Marten's own rebuild, running the very projections the ledger registers (a second store
/// with the ledger's options, its documents in the fresh schema, its events read from the ledger's), then compares a
/// checksum of each (SHA-256 over its documents in id order, as PostgreSQL writes them out) with the live one. The
/// fresh schema is dropped afterwards.
/// </summary>
public sealed class ProjectionReplay(IDocumentStore store, LedgerLog log, SealKey sealKey, NpgsqlDataSource database)
{
    /// <summary>Every document type a projection stores, as the ledger registers them. (Resolution number claims and
    /// checkpoints are written by commands, not derived from events, so they are not here.)</summary>
    public IReadOnlyList<Type> StoredProjections =>
        InlineProjections(((DocumentStore)store).Options).SelectMany(p => p.PublishedTypes()).Distinct().ToList();

    /// <summary>The chain's links, rebuilt from the rows and compared like the projections.</summary>
    public const string HashChainName = "HashChain";

    public async Task<IReadOnlyList<ProjectionChecksum>> RunAsync(Action<string>? progress, CancellationToken cancellation)
    {
        var schema = $"governance_replay_{Guid.NewGuid():N}"[..32];
        try
        {
            var options = MartenSetup.StoreOptionsFor(database.ConnectionString, log, audit: null, hashChain: false);
            options.DatabaseSchemaName = schema;
            options.Events.DatabaseSchemaName = MartenSetup.Schema;
            using (var replayStore = new DocumentStore(options))
            {
                await replayStore.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), cancellation);
                foreach (var type in StoredProjections)
                    await replayStore.Storage.Database.EnsureStorageExistsAsync(type, cancellation);
                using var daemon = await replayStore.BuildProjectionDaemonAsync();
                foreach (var projection in InlineProjections(options))
                {
                    progress?.Invoke($"Rebuilding {projection.Name} into schema {schema}");
                    await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(10), cancellation);
                }
            }

            var results = new List<ProjectionChecksum>();
            foreach (var type in StoredProjections)
            {
                progress?.Invoke($"Comparing {type.Name}");
                var (count, live) = await ChecksumAsync(MartenSetup.Schema, type, cancellation);
                var (_, replayed) = await ChecksumAsync(schema, type, cancellation);
                results.Add(new ProjectionChecksum(type.Name, count, live, replayed));
            }

            progress?.Invoke("Comparing the hash chain");
            results.Add(ReplayTheChain());
            return results;
        }
        finally
        {
            await using var drop = database.CreateCommand($"drop schema if exists {schema} cascade");
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> InlineProjections(StoreOptions options) =>
        options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline);

    /// <summary>The stored links against the links rebuilt from the rows, over the same sequences.</summary>
    private ProjectionChecksum ReplayTheChain()
    {
        var live = log.ReadLinks();
        var through = live.Count == 0 ? 0 : live[^1].Sequence;
        var rebuilt = ChainLinks.Follow(log.Read(through: through), 0, through, HashChain.Genesis, sealKey).ToList();
        return new ProjectionChecksum(HashChainName, live.Count, Checksum(live), Checksum(rebuilt));
    }

    private static string Checksum(IEnumerable<ChainLink> links)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var link in links)
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{link.Sequence}\u001e{link.Kind}\u001e{link.EventHash}\u001e{link.ChainHash}\u001f"));
        return HashChain.Hex(hash.GetHashAndReset());
    }

    private async Task<(int Count, string Checksum)> ChecksumAsync(string schema, Type document, CancellationToken cancellation)
    {
        await using var command = database.CreateCommand(
            $"select id::text, data::text from {schema}.mt_doc_{document.Name.ToLowerInvariant()} order by id");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        while (await reader.ReadAsync(cancellation))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{reader.GetString(0)}\u001e{reader.GetString(1)}\u001f"));
            count++;
        }

        return (count, HashChain.Hex(hash.GetHashAndReset()));
    }
}
