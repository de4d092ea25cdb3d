using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Footprints;

/// <summary>What a new record that belongs to a footprint is admitted by: the footprint existed on its date.</summary>
public static class OpenFootprint
{
    /// <summary>A 403 when the caller may not write for the footprint, a 404 when there is no such footprint, a 400
    /// when it did not exist on <paramref name="date"/>; otherwise the request goes on to its handler.</summary>
    public static async Task<IResult> AdmitAsync(IQuerySession session, HttpContext context, string footprintId,
        DateOnly date, CancellationToken cancellation)
    {
        if (WriteAccess.Check(context, footprintId) is { } denied) return denied;
        var footprint = await FootprintRegistry.FindAsync(session, footprintId, cancellation);
        if (footprint is null) return FootprintProblems.Unknown(footprintId);
        return footprint.WhyNotOpenOn(date) is { } why ? RequestProblems.Rejected(why) : WolverineContinue.Result();
    }

    /// <summary>As <see cref="AdmitAsync"/>, for a change to one of the footprint's lists (its partners, its
    /// arrangements), which must still be at the version the caller read (0 before the first entry).</summary>
    public static async Task<IResult> AdmitToListAsync<T>(IQuerySession session, HttpContext context, string footprintId,
        DateOnly date, IEventStream<T> list, long versionRead, CancellationToken cancellation) where T : class
    {
        var admitted = await AdmitAsync(session, context, footprintId, date, cancellation);
        return admitted is WolverineContinue ? Writes.Current(list, versionRead) : admitted;
    }
}
