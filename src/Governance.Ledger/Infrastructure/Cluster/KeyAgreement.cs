using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Security;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Governance.Ledger.Infrastructure.Cluster;

/// <summary>
/// Every node of one ledger must seal events, sign checkpoints and sign tokens with the same keys, or verify would name
/// its events as forged and the others would refuse its tokens. The first node to start on a database records each
/// key's fingerprint there (never the key); a node whose keys differ refuses to start, and so does a node using a key
/// generated in a data directory while other nodes are running: a cluster's keys are configured (docs/operations.md).
/// </summary>
public sealed class KeyAgreement(NpgsqlDataSource database, SealKey seal, CheckpointKey checkpoints, TokenSigningKey tokens,
    IConfiguration configuration, ILogger<KeyAgreement> logger) : IHostedService
{
    private static readonly string Keys = $"{MartenSetup.Schema}.ledger_keys";
    private static readonly string Nodes = $"{MartenSetup.Schema}.wolverine_nodes";

    /// <summary>The table of fingerprints, created with the rest of the schema.</summary>
    public static Table KeyTable()
    {
        var table = new Table(Keys);
        table.AddColumn<string>("name").AsPrimaryKey();
        table.AddColumn<string>("fingerprint").NotNull();
        table.AddColumn<DateTimeOffset>("recorded_at").NotNull().DefaultValueByExpression("now()");
        return table;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var mine = new (string Name, string Setting, string Fingerprint, bool Configured)[]
        {
            ("event seal key", "Governance:Audit:SealKeyFile", Fingerprint(seal.Secret), seal.Configured),
            ("checkpoint signing key", "Governance:Audit:CheckpointKeyFile", checkpoints.KeyId, checkpoints.Configured),
            ("token signing key", "Governance:Auth:SigningKey", Fingerprint(tokens.Key.Key), tokens.Explicit),
        };
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var record = new NpgsqlCommand(
                         $"insert into {Keys} (name, fingerprint) select * from unnest($1, $2) on conflict (name) do nothing", connection))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = mine.Select(k => k.Name).ToArray() });
            record.Parameters.Add(new NpgsqlParameter { Value = mine.Select(k => k.Fingerprint).ToArray() });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        var recorded = new Dictionary<string, string>();
        await using (var read = new NpgsqlCommand($"select name, fingerprint from {Keys}", connection))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken)) recorded[rows.GetString(0)] = rows.GetString(1);
        }

        if (mine.FirstOrDefault(k => recorded[k.Name] != k.Fingerprint) is { Name: not null } differs)
            throw new InvalidOperationException(
                $"This node's {differs.Name} is not the one the ledger's other nodes use (fingerprint {recorded[differs.Name]} " +
                $"recorded in {Keys}, this node's {differs.Fingerprint}). Give every node the same key ({differs.Setting}).");

        if (mine.FirstOrDefault(k => !k.Configured) is { Name: not null } generated)
            await AloneAsync(connection, generated.Name, generated.Setting, cancellationToken);
        logger.LogInformation("This node's keys are the ledger's");
    }

    /// <summary>A node with a generated key may only run alone. A node that died a moment ago (this one, before a
    /// restart) still looks alive until its reports are too old, so this waits that long before refusing.</summary>
    private async Task AloneAsync(NpgsqlConnection connection, string key, string setting, CancellationToken cancellation)
    {
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("Governance:Cluster:NodeTimeoutSeconds", 15));
        var waitUntil = DateTime.UtcNow + timeout + timeout / 5;
        long running;
        while ((running = await OtherNodesRunningAsync(connection, timeout, cancellation)) > 0)
        {
            if (DateTime.UtcNow > waitUntil)
                throw new InvalidOperationException(
                    $"{running} other node(s) of this ledger are running, and this node's {key} was generated in its data " +
                    $"directory. Several nodes need configured keys: set {setting} on every node.");
            await Task.Delay(timeout / 5, cancellation);
        }
    }

    /// <summary>Nodes that have reported to Wolverine within the time after which it counts a node as dead.</summary>
    private static async Task<long> OtherNodesRunningAsync(NpgsqlConnection connection, TimeSpan timeout,
        CancellationToken cancellation)
    {
        await using var exists = new NpgsqlCommand("select to_regclass($1) is not null", connection)
        {
            Parameters = { new NpgsqlParameter { Value = Nodes } },
        };
        if (!(bool)(await exists.ExecuteScalarAsync(cancellation))!) return 0;

        await using var count = new NpgsqlCommand(
            $"select count(*) from {Nodes} where health_check > now() - make_interval(secs => $1)", connection)
        {
            Parameters = { new NpgsqlParameter { Value = timeout.TotalSeconds } },
        };
        return (long)(await count.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Names a secret without revealing it.</summary>
    private static string Fingerprint(byte[] secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("stp-governance-ledger/key-fingerprint")))[..32];

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
