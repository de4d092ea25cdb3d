namespace Governance.Ledger.Infrastructure.Security;

/// <summary>The log line every refused request leaves: who, what, when, why. Never the token.</summary>
public static class AccessDenials
{
    public static void Log(HttpContext context, int status, string reason)
    {
        var services = context.RequestServices;
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Governance.Access").LogWarning(
            "Denied {Status}: {Who} tried {Method} {Path} at {When:O}: {Reason}", status,
            context.User.Identity?.Name ?? "anonymous", context.Request.Method, context.Request.Path,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), reason);
    }
}
