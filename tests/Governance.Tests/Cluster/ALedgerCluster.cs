using System.Net.Http.Json;
using System.Security.Cryptography;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.Cluster;
using Governance.Tests.Support;

namespace Governance.Tests.Cluster;

/// <summary>
/// Nodes of one ledger, each a process of its own, on one database of their own, given the keys a cluster is given:
/// configured, the same on every node (docs/operations.md). The nodes share a data directory, as they would share a
/// mounted folder for the webhook secrets' keys.
/// </summary>
public sealed class ALedgerCluster : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"governance-nodes-{Guid.NewGuid():N}");
    private readonly List<LedgerNode> _nodes = [];

    private ALedgerCluster(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>The data directory the nodes share.</summary>
    public string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>The configured checkpoint signing key's file.</summary>
    public string CheckpointKeyFile => Path.Combine(_directory, "configured-keys", "checkpoint.pem");

    /// <summary>An administrator's token, valid for long enough to outlast a rehearsal clock days ahead.</summary>
    public string Token { get; } = Tokens.AdministratorByKey(TimeSpan.FromDays(5));

    public IReadOnlyList<LedgerNode> Running => _nodes.Where(n => !n.HasExited).ToList();

    public static async Task<ALedgerCluster> NewAsync()
    {
        var cluster = new ALedgerCluster(await TestCluster.NewDatabaseAsync());
        var keys = Directory.CreateDirectory(Path.Combine(cluster._directory, "configured-keys")).FullName;
        await File.WriteAllTextAsync(Path.Combine(keys, "seal.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        await File.WriteAllTextAsync(Path.Combine(keys, "checkpoint.pem"),
            ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        return cluster;
    }

    /// <summary>Starts a node with the cluster's settings and any of its own.</summary>
    public LedgerNode Start(string name, IReadOnlyDictionary<string, string>? own = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Governance"] = ConnectionString,
            ["Governance__DataDirectory"] = DataDirectory,
            ["Governance__Auth__SigningKey"] = Tokens.SigningKey,
            ["Governance__Audit__SealKeyFile"] = Path.Combine(_directory, "configured-keys", "seal.key"),
            ["Governance__Audit__CheckpointKeyFile"] = CheckpointKeyFile,
            ["Governance__Webhooks__AllowLoopback"] = "true",
        };
        foreach (var (key, value) in own ?? new Dictionary<string, string>()) settings[key] = value;
        var node = LedgerNode.Start(name, settings);
        _nodes.Add(node);
        return node;
    }

    public static async Task<NodeView> NodeAsync(LedgerNode node, string token)
    {
        using var http = node.Client(token);
        return (await http.GetFromJsonAsync<NodeView>("/api/cluster/node", Tokens.Json))!;
    }

    /// <summary>Waits until one of the running nodes runs the work whose address contains <paramref name="work"/>
    /// (or leads, for "leader"), and says which.</summary>
    public async Task<LedgerNode> RunningAsync(string work, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var seen = new List<NodeView>();
        while (DateTime.UtcNow < deadline)
        {
            seen.Clear();
            foreach (var node in Running)
            {
                var view = await NodeAsync(node, Token);
                if (work == "leader" ? view.Leader : view.Work.Any(w => w.Contains(work, StringComparison.Ordinal))) return node;
                seen.Add(view);
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No running node took up {work} within {within.TotalSeconds:N0} s: " +
                                   string.Join("; ", seen.Select(v => $"node {v.NodeNumber} runs {string.Join(", ", v.Work)}")) +
                                   "\n" + string.Join("\n\n", Running.Select(n => $"{n.Name}:\n{n.Output}")));
    }

    /// <summary>Waits until the chain has caught up with the log, then verifies the whole log through a node.</summary>
    public async Task<VerificationReport> ChainedAndVerifiedAsync(LedgerNode node, TimeSpan within)
    {
        using var http = node.Client(Token);
        var deadline = DateTime.UtcNow + within;
        while ((await http.GetFromJsonAsync<ChainStatus>("/api/audit/status", Tokens.Json))!.Unchained > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The chain had not caught up within {within.TotalSeconds:N0} s.");
            await Task.Delay(250);
        }

        var verified = await http.PostAsJsonAsync("/api/audit/verify", new { checkpoints = Array.Empty<object>() });
        return (await verified.Content.ReadFromJsonAsync<VerificationReport>(Tokens.Json))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
