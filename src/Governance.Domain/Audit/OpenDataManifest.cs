namespace Governance.Domain.Audit;

/// <summary>One file of an open-data archive and the SHA-256 of its bytes.</summary>
public sealed record OpenDataFile(string Name, string Sha256, long Bytes);

/// <summary>What an open-data archive holds and the signed checkpoint it was cut at: every file in it is a public view
/// of the events through <see cref="Checkpoint"/>'s sequence, read as the ledger knew them when that event was recorded.</summary>
/// <param name="KnownAt">When the last event the checkpoint covers was recorded: the views are read as known then.</param>
public sealed record OpenDataManifest(string Title, DateOnly AsOf, DateTimeOffset KnownAt, Checkpoint Checkpoint,
    IReadOnlyList<OpenDataFile> Files)
{
    public const string FileName = "manifest.json";
    public const string PublicKey = "public-key.pem";
}
