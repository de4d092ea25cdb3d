using Microsoft.Net.Http.Headers;

namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>
/// Caching the public record. A public read (no token) is tagged with the log position it was read at and the
/// clocks it was read on: the same URL read again at the same position, on the same day, is the same answer, so an
/// <c>If-None-Match</c> naming the tag is a 304 before anything is read. It says <c>Cache-Control: public, no-cache</c>
/// (keep it, ask again). What a token saw is <c>private, no-store</c>. A record that writes change keeps its own
/// version as its ETag (<see cref="VersionedRead"/>), since a write sends that back as <c>If-Match</c>.
/// </summary>
public static class CachedReads
{
    public static async Task<IResult> Before(HttpContext context, RecordReader record, TimeProvider clock, CancellationToken cancellation)
    {
        var response = context.Response;
        if (context.Request.Headers.Authorization.Count > 0 || context.User.Identity?.IsAuthenticated == true)
        {
            response.OnStarting(() =>
            {
                response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
            return WolverineContinue.Result();
        }

        var position = await record.Log().OrderByDescending(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync(cancellation);
        var tag = new EntityTagHeaderValue(
            $"\"p{position}-{record.AsOf:yyyyMMdd}-{record.Clocks.KnownAt?.UtcTicks.ToString() ?? "now"}-{clock.Today():yyyyMMdd}\"",
            isWeak: true);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            response.Headers.ETag = tag.ToString();
            response.Headers.CacheControl = "public, no-cache";
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK && response.Headers.ETag.Count == 0) response.Headers.ETag = tag.ToString();
            response.Headers.CacheControl = "public, no-cache";
            return Task.CompletedTask;
        });
        return WolverineContinue.Result();
    }

    /// <summary>Reads whose answer changes without a new event (checkpoints signed, the archive built, feeds that name
    /// the checkpoint covering each entry) are not tagged by log position.</summary>
    public static bool Caches(Wolverine.Http.HttpChain chain) =>
        ReadClocks.ReadsThroughTheGate(chain) && chain.RoutePattern?.RawText is { } route &&
        !route.StartsWith("/api/audit") && !route.StartsWith("/feeds") && !route.StartsWith("/api/open-data");
}
