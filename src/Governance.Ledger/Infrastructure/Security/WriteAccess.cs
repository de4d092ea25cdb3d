using System.Security.Claims;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>
/// A secretary writes only to the footprints (or bodies) named in their token; an administrator writes anywhere.
/// Checked by every write once it knows which footprint and body the record belongs to.
/// </summary>
public static class WriteAccess
{
    public static bool Allows(ClaimsPrincipal user, string footprintId, string? bodyId = null) =>
        user.IsInRole(LedgerRoles.Administrator)
        || user.IsInRole(LedgerRoles.Secretary)
        && (user.HasClaim(LedgerRoles.FootprintClaim, footprintId)
            || bodyId is not null && user.HasClaim(LedgerRoles.BodyClaim, bodyId));

    /// <summary>A 403 (logged) when the caller may not write here; null when they may.</summary>
    public static IResult? Check(HttpContext context, string footprintId, string? bodyId = null)
    {
        if (Allows(context.User, footprintId, bodyId)) return null;

        AccessDenials.Log(context, StatusCodes.Status403Forbidden, "outside their footprints");
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "This record is outside your footprints",
            detail: $"Your token lets you record for other footprints or bodies than {footprintId}" +
                    (bodyId is null ? "." : $" (body {bodyId}).") + " Nothing was recorded.");
    }
}
