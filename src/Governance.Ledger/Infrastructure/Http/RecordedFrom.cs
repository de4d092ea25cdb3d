namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The provenance a write request carries: the source document, and on whose behalf it is recorded.
/// Who recorded it is never taken from the request body: it is the signed-in caller named by their token.</summary>
public sealed record RecordedFrom(string Reference, string? Checksum, string? OnBehalfOf)
{
    public Provenance ToProvenance(HttpContext context) => new(
        context.User.Identity?.Name ?? context.User.FindFirst("sub")?.Value
        ?? throw new InvalidOperationException("Writes are authenticated, yet this caller has no name."),
        string.IsNullOrWhiteSpace(OnBehalfOf) ? null : OnBehalfOf.Trim(),
        new SourceDocument(Reference.Trim(), string.IsNullOrWhiteSpace(Checksum) ? null : Checksum.Trim()));
}
