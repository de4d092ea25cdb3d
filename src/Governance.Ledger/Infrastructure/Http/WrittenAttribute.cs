namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Marks the stream a write endpoint records to: Wolverine's <c>[WriteAggregate]</c> as the ledger uses it. The
/// stream is loaded without comparing a version, and with no 404 of Wolverine's own, because the admission step of
/// the record's kind answers 404, 403 and 409 in the order the ledger promises (<see cref="Writes.Admit{T}"/>).
/// </summary>
public sealed class WrittenAttribute : WriteAggregateAttribute
{
    public WrittenAttribute()
    {
        Required = false;
        VersionSource = Writes.VersionComparedOnAdmission;
    }

    /// <param name="streamKeyMethod">A static method of the endpoint that names the stream from the route, for a
    /// record kept under another key than the route's id (a footprint's partner list, its arrangements).</param>
    public WrittenAttribute(string streamKeyMethod) : this() => FromMethod = streamKeyMethod;
}
