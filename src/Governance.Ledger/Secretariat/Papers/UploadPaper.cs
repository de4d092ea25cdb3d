namespace Governance.Ledger.Secretariat.Papers;

/// <summary>How large a paper may be (Governance:Papers:MaxBytes, 20 MiB unless configured).</summary>
public sealed record PaperLimits(long MaxBytes)
{
    public const string Path = "/api/papers";
}

/// <summary>What the ledger stored: the hash to table the paper by, its length and content type.</summary>
public sealed record PaperStored(string Sha256, long Length, string ContentType);

public static class UploadPaperEndpoint
{
    /// <summary>Stores a paper's bytes, sent as the request body with the file's own content type (PDF, Word, any
    /// file), and answers the SHA-256 it is kept under. Nobody can download it until it is tabled for an agenda item
    /// (POST /api/meetings/{id}/agenda/{item}/papers); the same bytes sent again are stored once.</summary>
    [WolverinePost(PaperLimits.Path, OperationId = "UploadPaper")]
    public static async Task<IResult> Post(HttpContext context, IPaperStore store, PaperLimits limits, CancellationToken cancellation)
    {
        if (context.Request.ContentType is not { Length: > 0 } contentType || contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the paper as it is",
                detail: "Send the file's bytes as the request body, with its own Content-Type (application/pdf, a Word type, ...).");

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellation);
        if (buffer.Length == 0) return RequestProblems.Rejected("The paper is empty: send the file's bytes as the request body.");
        if (buffer.Length > limits.MaxBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The paper is too large",
                detail: $"A paper may be at most {limits.MaxBytes} bytes; nothing was stored.");

        var content = buffer.ToArray();
        if (PaperContent.WhyNot(contentType, content) is { } why)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The paper is not what it says", detail: why);
        var paper = StoredPaper.Of(contentType.Split(';')[0].Trim().ToLowerInvariant(), content);
        await store.SaveAsync(paper, cancellation);
        return TypedResults.Created($"{PaperLimits.Path}/{paper.Id}", new PaperStored(paper.Id, paper.Length, paper.ContentType));
    }
}
