using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>
/// While the database is known to be down, every request but <c>/health/live</c> is answered 503 with Retry-After at
/// once; a request that meets a database that has just gone away gets the same answer instead of a 500 and a stack
/// trace. The outage is logged when it starts and when it ends, not once per request.
/// </summary>
public sealed class DatabaseOutage(ILogger<DatabaseOutage> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    private int _down;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void Began(string why)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0) logger.LogError("The database is unavailable: {Why}", why);
    }

    public void Ended()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1) logger.LogWarning("The database is available again.");
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        if (!IsUnreachable(exception) || context.Response.HasStarted) return false;
        await AnswerAsync(context);
        return true;
    }

    public static async Task AnswerAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The ledger's database is unavailable for a moment",
                Detail = $"Nothing was recorded by this request. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    /// <summary>The database could not be reached, went away mid-request, or had no connection to spare (too many
    /// clients): a moment's trouble, not a refusal of what was sent.</summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SocketException or TimeoutException) return true;
            // A read's session holds one connection for the request (RecordReader): when that connection breaks, Marten
            // refuses to go on with it rather than take another.
            if (exception is Marten.Exceptions.SessionTransactionUnusableException) return true;
            if (exception is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" or "53300" })
                return true;
            if (exception is NpgsqlException { InnerException: System.IO.IOException or SocketException or TimeoutException }) return true;
        }

        return false;
    }

}

public static class DatabaseOutageSetup
{
    public static void AddDatabaseOutage(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<IExceptionHandler>(provider => provider.GetRequiredService<DatabaseOutage>());
    }

    public static void UseDatabaseOutageAnswers(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.RequestServices.GetRequiredService<DatabaseOutage>().IsDown && context.Request.Path != "/health/live")
        {
            await DatabaseOutage.AnswerAsync(context);
            return;
        }

        await next();
    });
}
