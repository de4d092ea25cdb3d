using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Footprints;

/// <summary>What a new record that belongs to a footprint is checked against first.</summary>
public static class FootprintWrites
{
    /// <summary>A 403 when the caller may not write for the footprint, a 404 when there is no such footprint, a 400
    /// when it did not exist on <paramref name="date"/>; null when a record dated then may be written.</summary>
    public static async Task<IResult?> RefusalAsync(IQuerySession session, HttpContext context, string footprintId,
        DateOnly date, CancellationToken cancellation)
    {
        if (WriteAccess.Check(context, footprintId) is { } denied) return denied;
        var footprint = await FootprintRegistry.FindAsync(session, footprintId, cancellation);
        if (footprint is null) return FootprintProblems.Unknown(footprintId);
        return footprint.WhyNotOpenOn(date) is { } why ? RequestProblems.Rejected(why) : null;
    }
}
