namespace Governance.Domain.Common;

/// <summary>Who put a fact into the ledger, for whom, and from which document.</summary>
public sealed record Provenance(string RecordedBy, string? OnBehalfOf, SourceDocument Source);

/// <summary>The document a fact was taken from: minutes, a published list, a data file. The checksum is optional.</summary>
public sealed record SourceDocument(string Reference, string? Checksum = null);
