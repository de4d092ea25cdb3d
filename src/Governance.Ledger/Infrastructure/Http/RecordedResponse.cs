namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The answer to a successful write: the record written to and its version after the write.</summary>
public sealed record RecordedResponse(string Id, long Version);
