using System.Security.Cryptography;
using Governance.Domain.Audit;
using Governance.Domain.Boards;
using Governance.Domain.Footprints;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using Governance.Domain.Plans;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Ledger.SharedDecisions;
using Governance.Domain.SharedDecisions;
using JasperFx.Events;
using Marten.Events;
using Npgsql;

namespace Governance.Ledger.Audit;

/// <summary>A stored projection's checksum as it stands, and as rebuilt from the events alone.</summary>
public sealed record ProjectionChecksum(string Projection, int Documents, string Live, string Replayed)
{
    public bool Matches => Live == Replayed;
}

/// <summary>
/// The auditor's proof that the stored views follow from the events: rebuilds every stored projection from the events
/// into a fresh schema, with the projections' own code, then compares a checksum of each (SHA-256 over its documents
/// in id order, as PostgreSQL writes them out) with the live one. The fresh schema is dropped afterwards.
/// </summary>
public sealed class ProjectionReplay(IDocumentStore store, LedgerLog log, SealKey sealKey, NpgsqlDataSource database)
{
    /// <summary>Every document type a projection stores. (Resolution number claims and checkpoints are written by
    /// commands, not derived from events, so they are not here.)</summary>
    public static readonly IReadOnlyList<Type> StoredProjections =
        [typeof(FootprintListing), typeof(BodyListing), typeof(MeetingListing), typeof(PlanListing),
            typeof(SharedDecisionListing)];

    /// <summary>The chain's links, rebuilt from the rows and compared like the projections.</summary>
    public const string HashChainName = "HashChain";

    public async Task<IReadOnlyList<ProjectionChecksum>> RunAsync(Action<string>? progress, CancellationToken cancellation)
    {
        var schema = $"governance_replay_{Guid.NewGuid():N}"[..32];
        try
        {
            progress?.Invoke("Reading the events");
            var rebuilt = await RebuildAsync(cancellation);

            progress?.Invoke($"Writing the rebuilt projections to schema {schema}");
            using (var replayStore = DocumentStore.For(options =>
                   {
                       options.Connection(database.ConnectionString);
                       options.DatabaseSchemaName = schema;
                       options.UseLedgerSerialization();
                       options.RegisterDocumentTypes(StoredProjections);
                   }))
            {
                await replayStore.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
                foreach (var group in rebuilt.GroupBy(document => document.GetType()))
                    await replayStore.BulkInsertDocumentsAsync(group);
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

    private async Task<List<object>> RebuildAsync(CancellationToken cancellation)
    {
        var documents = new List<object>();
        var listings = new BoardListingsProjection();
        var plans = new PlanListingsProjection();
        var footprints = new FootprintListingsProjection();
        var decisions = new SharedDecisionListingsProjection();
        await using (var session = store.QuerySession())
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => e.EventTypesAre(typeof(FootprintEstablished), typeof(BodyConstituted), typeof(MeetingScheduled),
                    typeof(PlanDrafted), typeof(SharedDecisionProposed)))
                .OrderBy(e => e.Sequence)
                .ToListAsync(cancellation);
            documents.AddRange(events.Select(e => e switch
            {
                IEvent<BodyConstituted> body => (object)listings.Create(body),
                IEvent<MeetingScheduled> meeting => listings.Create(meeting),
                IEvent<PlanDrafted> plan => plans.Create(plan),
                IEvent<FootprintEstablished> footprint => footprints.Create(footprint),
                IEvent<SharedDecisionProposed> decision => decisions.Create(decision),
                _ => throw new InvalidOperationException($"Unexpected {e.EventTypeName}"),
            }));
        }

        return documents;
    }

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
