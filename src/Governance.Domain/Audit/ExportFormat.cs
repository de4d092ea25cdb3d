using System.Text.Json;

namespace Governance.Domain.Audit;

/// <summary>What an export says about itself: whose events, through which sequence, signed with which key.</summary>
/// <param name="Scope">"ledger" for every event, or "footprint:ID" for one footprint's.</param>
public sealed record ExportManifest(string Scope, long Through, int Events, DateTimeOffset ExportedAt, string KeyId)
{
    public const string WholeLedger = "ledger";
}

/// <summary>The files of an export folder, read the same way by the ledger that writes them and the offline verifier.</summary>
public static class ExportFormat
{
    public const string Events = "events.jsonl";
    public const string Chain = "chain.jsonl";
    public const string Checkpoint = "checkpoint.json";
    public const string PublicKey = "public-key.pem";
    public const string Manifest = "manifest.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<T> ReadLines<T>(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<T>(line, Json) ?? throw new FormatException($"An empty record in {path}."));

    public static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new FormatException($"{path} is empty.");
}
