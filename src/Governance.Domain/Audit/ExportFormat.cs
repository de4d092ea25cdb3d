using System.Text.Json;

namespace Governance.Domain.Audit;

/// <summary>What an export says about itself: whose events, through which sequence, signed with which key.</summary>
/// <param name="Scope">"ledger" for every event, or "footprint:ID" for one footprint's.</param>
/// <param name="LedgerFinding">The first problem the ledger's own verification found when exporting; it then signs no
/// checkpoint for the export. Unsigned, so a verifier reports it but does not rely on it.</param>
public sealed record ExportManifest(string Scope, long Through, int Events, DateTimeOffset ExportedAt, string KeyId,
    TamperFinding? LedgerFinding = null)
{
    public const string WholeLedger = "ledger";
}

/// <summary>The files of an export folder, read the same way by the ledger that writes them and the offline verifier.</summary>
public static class ExportFormat
{
    public const string Events = "events.jsonl";
    public const string Chain = "chain.jsonl";
    /// <summary>The checkpoint signed at export, over the chain as exported; absent when the ledger found a problem.</summary>
    public const string Checkpoint = "checkpoint.json";

    /// <summary>Every checkpoint the ledger had signed before, as it stored them.</summary>
    public const string Checkpoints = "checkpoints.json";
    public const string PublicKey = "public-key.pem";
    public const string Manifest = "manifest.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static IEnumerable<T> ReadLines<T>(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<T>(line, Json) ?? throw new FormatException($"An empty record in {path}."));

    public static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new FormatException($"{path} is empty.");
}
