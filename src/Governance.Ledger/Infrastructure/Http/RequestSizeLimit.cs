using Governance.Ledger.Secretariat.Papers;
using Microsoft.AspNetCore.Http.Features;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// No request body over 1 MB, but a paper's (up to its own configured limit): Kestrel enforces the limit on every body
/// as it arrives; this answers a body that declares a larger length at once, with a ProblemDetails that says what the
/// limit is, before anything reads it.
/// </summary>
public static class RequestSizeLimit
{
    public const long Bytes = 1024 * 1024;

    public static void UseRequestSizeLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        var limit = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(PaperLimits.Path)
            ? context.RequestServices.GetRequiredService<PaperLimits>().MaxBytes
            : Bytes;
        if (limit != Bytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge, Title = "The request is too large",
                    Detail = $"A request body here may be at most {limit / 1024} KiB; nothing was recorded.",
                },
            });
            return;
        }

        await next();
    });
}
