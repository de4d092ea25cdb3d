namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Marks a write endpoint that honours an <c>Idempotency-Key</c> header: a retry of the same request with the same key
/// is answered with the first response and records nothing again; the key reused for a different request is a 422.
/// The claim is written in the same transaction as the events, so a failed write leaves no claim behind. The key is
/// optional, and scoped to the caller and the endpoint.
/// </summary>
public sealed class RecordsOnceAttribute : DeduplicatedWithResponseAttribute
{
    public RecordsOnceAttribute() : base(DeduplicationScope.User | DeduplicationScope.Endpoint)
    {
        Required = false;
        ClaimInTransaction = true;
    }
}
