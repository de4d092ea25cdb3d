namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// No request body over 1 MB: Kestrel enforces it on every body as it arrives; this answers a body that declares a
/// larger length at once, with a ProblemDetails that says what the limit is, before anything reads it.
/// </summary>
public static class RequestSizeLimit
{
    public const long Bytes = 1024 * 1024;

    public static void UseRequestSizeLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength is > Bytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge, Title = "The request is too large",
                    Detail = $"A request body may be at most {Bytes / 1024} KiB; nothing was recorded.",
                },
            });
            return;
        }

        await next();
    });
}
