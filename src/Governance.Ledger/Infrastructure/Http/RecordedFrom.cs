namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The provenance a write request carries: the source document, and on whose behalf it is recorded.
/// Who recorded it is never taken from the request body: it is the caller the server identified.</summary>
public sealed record RecordedFrom(string Reference, string? Checksum, string? OnBehalfOf)
{
    /// <summary>Until sign-in exists every write is recorded as from this caller.</summary>
    public const string UnidentifiedCaller = "unidentified caller";

    public Provenance ToProvenance(HttpContext context) => new(
        context.User.Identity?.Name ?? UnidentifiedCaller,
        string.IsNullOrWhiteSpace(OnBehalfOf) ? null : OnBehalfOf.Trim(),
        new SourceDocument(Reference.Trim(), string.IsNullOrWhiteSpace(Checksum) ? null : Checksum.Trim()));
}
