using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>Answers a refused request with ProblemDetails (401 without a valid token, 403 without the right role) and
/// logs who tried what, when. The token itself is never logged.</summary>
public sealed class DeniedAccessProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var (status, title, detail) = context.User.Identity?.IsAuthenticated == true
            ? (StatusCodes.Status403Forbidden, "Your role does not allow this",
               "This needs another role: secretaries and administrators write; auditors and the public read.")
            : (StatusCodes.Status401Unauthorized, "Sign in first",
               "Send a bearer token (Authorization: Bearer ...): it is missing, expired or not signed by this ledger.");
        AccessDenials.Log(context, status, title);
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
