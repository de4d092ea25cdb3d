using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace Governance.Ledger.Secretariat.Papers;

public static class DownloadPaperEndpoint
{
    /// <summary>A paper by its SHA-256: to anyone when it was tabled for a public item of a public meeting; otherwise
    /// only to those who may see the meeting (to anyone else it does not exist). It is always served as a download,
    /// never as a page of the ledger's site (the site's content security policy and no-sniffing stand), and only when its
    /// bytes still match the hash.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/papers/{sha256}", OperationId = "DownloadPaper")]
    public static async Task<IResult> Get(string sha256, RecordReader record, IPaperStore store, HttpContext context,
        ILogger<StoredPaper> logger, CancellationToken cancellation)
    {
        var access = await PaperAccess.ForAsync(record.Session, sha256, context.User, cancellation);
        if (!access.Visible || await store.FindAsync(sha256, cancellation) is not { } paper) return Unknown(sha256);
        if (!paper.Intact())
        {
            logger.LogError("Paper {Sha256} no longer matches its hash: it was changed outside the ledger", sha256);
            return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The stored paper was altered",
                detail: $"The bytes stored for paper {sha256} no longer have that SHA-256; the ledger will not serve them.");
        }

        context.Response.Headers.ETag = $"\"{sha256}\"";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(access.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Bytes(paper.Content, paper.ContentType);
    }

    private static IResult Unknown(string sha256) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such paper", detail: $"The ledger has no paper {sha256} that you may see.");
}
