using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;
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
    public static async Task<IResult> Get(string sha256, IQuerySession session, IPaperStore store, HttpContext context,
        ILogger<StoredPaper> logger, CancellationToken cancellation)
    {
        var placements = await session.Query<PaperPlacement>().Where(p => p.Sha256 == sha256).ToListAsync(cancellation);
        var visible = false;
        string? fileName = null;
        foreach (var placement in placements)
        {
            var meeting = await session.Events.AggregateStreamAsync<Meeting>(placement.MeetingId, token: cancellation);
            if (meeting is null) continue;
            var minutes = placement.ItemNumber == PaperPlacement.Minutes;
            var item = meeting.Agenda.FirstOrDefault(i => i.Number == placement.ItemNumber);
            if (item is null && !minutes) continue;
            var body = (await session.Events.AggregateStreamAsync<GoverningBody>(meeting.BodyId, token: cancellation))!;
            // Approved minutes cover the whole meeting: public only when none of it was private.
            var isPublic = meeting.Public && (minutes ? meeting.Agenda.All(i => !i.Private) : !item!.Private);
            if (isPublic || WriteAccess.SeesPrivate(context.User, body.FootprintId, body.Id))
            {
                visible = true;
                fileName ??= minutes ? $"minutes-{meeting.Date:yyyy-MM-dd}.html" : item!.Papers.First(p => p.Sha256 == sha256).FileName;
            }
        }

        if (!visible || await store.FindAsync(sha256, cancellation) is not { } paper) return Unknown(sha256);
        if (!paper.Intact())
        {
            logger.LogError("Paper {Sha256} no longer matches its hash: it was changed outside the ledger", sha256);
            return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The stored paper was altered",
                detail: $"The bytes stored for paper {sha256} no longer have that SHA-256; the ledger will not serve them.");
        }

        context.Response.Headers.ETag = $"\"{sha256}\"";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Bytes(paper.Content, paper.ContentType);
    }

    private static IResult Unknown(string sha256) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such paper", detail: $"The ledger has no paper {sha256} that you may see.");
}
