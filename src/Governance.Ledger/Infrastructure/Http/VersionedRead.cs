namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// The read of a record that writes change: its view with the record's version in the body and as a strong
/// <c>ETag</c>, which a write sends back as its <c>version</c> or as <c>If-Match</c> (<see cref="IfMatchVersion"/>).
/// </summary>
public static class VersionedRead
{
    public static IResult Ok<T>(T view, long version) => new Tagged<T>(view, version);

    /// <summary>The version a write to the stream must name: how many events it holds (0 for none yet).</summary>
    public static async Task<long> OfAsync(IQuerySession session, string stream, CancellationToken cancellation) =>
        (await session.Events.FetchStreamStateAsync(stream, cancellation))?.Version ?? 0;

    private sealed class Tagged<T>(T view, long version) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ETag = IfMatchVersion.Tag(version);
            return TypedResults.Ok(view).ExecuteAsync(context);
        }
    }
}

/// <summary>A view returned as it is (not as a result) whose record writes change: Wolverine hands it the response
/// before writing it, and it tags it with its version.</summary>
public interface IVersionedView : IHttpAware
{
    long Version { get; }

    static void Microsoft.AspNetCore.Http.Metadata.IEndpointMetadataProvider.PopulateMetadata(System.Reflection.MethodInfo method,
        EndpointBuilder builder)
    {
    }

    void IHttpAware.Apply(HttpContext context) => context.Response.Headers.ETag = IfMatchVersion.Tag(Version);
}
